package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test helper: the feed contract's value rules, written independently of the generator (region spellings,
 * status labels, date forms, rrn shape).
 */
final class Expectations {

    static final int GWANGJU = 29;

    private static final Map<String, Integer> REGIONS = new HashMap<>();
    private static final Map<String, String> STATUSES = Map.of("지원", "APPLIED", "합격", "ADMITTED", "입교",
            "ENROLLED", "수료", "COMPLETED", "중도탈락", "DROPPED");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    static {
        region(11, "서울", "서울특별시", "Seoul");
        region(26, "부산", "부산광역시", "Busan");
        region(27, "대구", "대구광역시", "Daegu");
        region(28, "인천", "인천광역시", "Incheon");
        region(29, "광주", "광주광역시", "광주시", "Gwangju");
        region(30, "대전", "대전광역시", "Daejeon");
        region(31, "울산", "울산광역시", "Ulsan");
        region(36, "세종", "세종특별자치시", "Sejong");
        region(41, "경기", "경기도", "Gyeonggi", "Gyeonggi-do");
        region(51, "강원", "강원도", "강원특별자치도", "Gangwon");
        region(43, "충북", "충청북도", "Chungbuk");
        region(44, "충남", "충청남도", "Chungnam");
        region(52, "전북", "전라북도", "전북특별자치도", "Jeonbuk");
        region(46, "전남", "전라남도", "Jeonnam", "Jeollanam-do");
        region(47, "경북", "경상북도", "Gyeongbuk");
        region(48, "경남", "경상남도", "Gyeongnam");
        region(50, "제주", "제주특별자치도", "Jeju");
    }

    private Expectations() {
    }

    /** The region code of a spelling (English case-insensitive), or {@code null} when unknown. */
    static Integer regionCode(String spelling) {
        return REGIONS.get(spelling.toLowerCase(Locale.ROOT));
    }

    /** The canonical status of a written value, or {@code null} when unknown. */
    static String status(String written) {
        String upper = written.toUpperCase(Locale.ROOT);
        if (STATUSES.containsValue(upper)) {
            return upper;
        }
        return STATUSES.get(written);
    }

    /** {@code yyyy-MM-dd}, {@code yyyy.MM.dd} or {@code yyyyMMdd}. */
    static LocalDate date(String value) {
        String v = value.length() == 8 ? value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6)
                : value.replace('.', '-');
        return LocalDate.parse(v);
    }

    static LocalDateTime timestamp(String value) {
        return LocalDateTime.parse(value, TIMESTAMP);
    }

    /** 13 digits (hyphen after the sixth allowed), a real birth date, 7th digit 1–4. */
    static boolean validRrn(String rrn) {
        String digits = rrn.length() == 14 && rrn.charAt(6) == '-' ? rrn.substring(0, 6) + rrn.substring(7) : rrn;
        if (!digits.matches("\\d{13}") || digits.charAt(6) < '1' || digits.charAt(6) > '4') {
            return false;
        }
        int century = digits.charAt(6) <= '2' ? 1900 : 2000;
        try {
            LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    static String rrnDigits(String rrn) {
        return rrn.replace("-", "");
    }

    private static void region(int code, String... spellings) {
        for (String s : spellings) {
            REGIONS.put(s.toLowerCase(Locale.ROOT), code);
        }
    }
}
