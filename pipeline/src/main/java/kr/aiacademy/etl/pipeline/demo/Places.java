package kr.aiacademy.etl.pipeline.demo;

import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/** The 17 regions with their demo spellings and a Gwangju-heavy applicant mix (weights per mille). */
final class Places {

    static final List<Place> ALL = List.of(
            place(29, "광주", 430, "광주", "광주광역시", "광주시", "Gwangju", "GWANGJU"),
            place(46, "전남", 220, "전남", "전라남도", "Jeollanam-do"),
            place(11, "서울", 80, "서울", "서울특별시", "Seoul"),
            place(41, "경기", 70, "경기", "경기도", "Gyeonggi-do"),
            place(52, "전북", 60, "전북", "전라북도", "전북특별자치도"),
            place(27, "대구", 20, "대구", "대구광역시", "Daegu"),
            place(26, "부산", 20, "부산", "부산광역시", "Busan"),
            place(44, "충남", 20, "충남", "충청남도", "Chungnam"),
            place(30, "대전", 18, "대전", "대전광역시", "Daejeon"),
            place(50, "제주", 12, "제주", "제주특별자치도", "Jeju"),
            place(28, "인천", 12, "인천", "인천광역시", "Incheon"),
            place(43, "충북", 8, "충북", "충청북도", "Chungbuk"),
            place(48, "경남", 8, "경남", "경상남도", "Gyeongnam"),
            place(47, "경북", 8, "경북", "경상북도", "Gyeongbuk"),
            place(31, "울산", 5, "울산", "울산광역시", "Ulsan"),
            place(51, "강원", 5, "강원", "강원도", "Gangwon"),
            place(36, "세종", 4, "세종", "세종특별자치시", "Sejong"));

    /** Spellings no region has, for rows that must be rejected as {@code unknown_region}. */
    static final List<String> UNKNOWN = List.of("화성", "Mars", "Atlantis", "미상");

    private Places() {
    }

    static Place byCode(int code) {
        return ALL.stream().filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region " + code));
    }

    static boolean isGwangju(String spelling) {
        return byCode(Place.GWANGJU).spellings().contains(spelling);
    }

    /** A region drawn from the applicant mix. */
    static Place pick(Random random) {
        return pick(random, code -> true);
    }

    /** A region drawn from the applicant mix among those whose code passes {@code allowed}. */
    static Place pick(Random random, IntPredicate allowed) {
        int total = 0;
        for (Place p : ALL) {
            total += allowed.test(p.code()) ? p.weight() : 0;
        }
        int r = random.nextInt(total);
        for (Place p : ALL) {
            if (allowed.test(p.code())) {
                r -= p.weight();
                if (r < 0) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("no region allowed");
    }

    private static Place place(int code, String label, int weight, String... spellings) {
        return new Place(code, label, List.of(spellings), weight);
    }
}
