package kr.aiacademy.etl.pipeline.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves the usual spellings of the 17 first-level regions (시·도) through one precomputed map. */
public final class Regions {

    private static final List<Region> ALL;
    private static final Map<String, Region> BY_KEY;

    static {
        Builder b = new Builder();
        b.city(11, "서울특별시", "Seoul", "서울", "Special City", "Teukbyeolsi");
        b.city(26, "부산광역시", "Busan", "부산", "Metropolitan City", "Gwangyeoksi").alias("Pusan");
        b.city(27, "대구광역시", "Daegu", "대구", "Metropolitan City", "Gwangyeoksi").alias("Taegu");
        b.city(28, "인천광역시", "Incheon", "인천", "Metropolitan City", "Gwangyeoksi").alias("Inchon");
        b.city(29, "광주광역시", "Gwangju", "광주", "Metropolitan City", "Gwangyeoksi").alias("Kwangju");
        b.city(30, "대전광역시", "Daejeon", "대전", "Metropolitan City", "Gwangyeoksi").alias("Taejon");
        b.city(31, "울산광역시", "Ulsan", "울산", "Metropolitan City", "Gwangyeoksi");
        b.city(36, "세종특별자치시", "Sejong", "세종", "Special Self-Governing City", "Teukbyeoljachisi");
        b.province(41, "경기도", "Gyeonggi", "경기").alias("Kyonggi", "Kyonggi-do");
        b.province(43, "충청북도", "Chungbuk", "충북")
                .alias("Chungcheongbuk-do", "North Chungcheong", "North Chungcheong Province", "Chungchongbuk-do");
        b.province(44, "충청남도", "Chungnam", "충남")
                .alias("Chungcheongnam-do", "South Chungcheong", "South Chungcheong Province", "Chungchongnam-do");
        b.province(46, "전라남도", "Jeonnam", "전남")
                .alias("Jeollanam-do", "South Jeolla", "South Jeolla Province", "Chollanam-do");
        b.province(47, "경상북도", "Gyeongbuk", "경북")
                .alias("Gyeongsangbuk-do", "North Gyeongsang", "North Gyeongsang Province", "Kyongsangbuk-do");
        b.province(48, "경상남도", "Gyeongnam", "경남")
                .alias("Gyeongsangnam-do", "South Gyeongsang", "South Gyeongsang Province", "Kyongsangnam-do");
        b.province(50, "제주특별자치도", "Jeju", "제주")
                .alias("제주도", "Jeju Special Self-Governing Province", "Jeju Island", "Cheju", "Cheju-do");
        b.province(51, "강원특별자치도", "Gangwon", "강원")
                .alias("강원도", "Gangwon State", "Gangwon Special Self-Governing Province", "Kangwon", "Kangwon-do",
                        "42");
        b.province(52, "전북특별자치도", "Jeonbuk", "전북")
                .alias("전라북도", "Jeonbuk State", "Jeollabuk-do", "North Jeolla", "North Jeolla Province",
                        "Jeonbuk Special Self-Governing Province", "Chollabuk-do", "45");
        ALL = b.regions();
        BY_KEY = b.keys();
    }

    private Regions() {
    }

    /** The region for a spelling (case, spaces, hyphens, dots and underscores ignored), or empty. */
    public static Optional<Region> resolve(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(spelling)));
    }

    /** The 17 regions ordered by code. */
    public static List<Region> all() {
        return ALL;
    }

    /** Lower-cases and drops whitespace, hyphens, dots and underscores. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '.' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** Collects the regions and their spellings; rejects a spelling claimed by two regions. */
    private static final class Builder {

        private final List<Region> regions = new ArrayList<>();
        private final Map<String, Region> keys = new HashMap<>();
        private Region current;

        /** A metropolitan or special city: short/full Korean, {@code <short>시}, English forms. */
        Builder city(int code, String nameKo, String nameEn, String shortKo, String englishSuffix,
                String romanizedSuffix) {
            start(code, nameKo, nameEn, shortKo);
            alias(shortKo + "시", nameEn + "-si", nameEn + " City", nameEn + " " + englishSuffix,
                    nameEn + "-" + romanizedSuffix, nameEn + " Metropolitan City");
            return this;
        }

        /** A province: short/full Korean, English short name with {@code -do} and {@code Province}. */
        Builder province(int code, String nameKo, String nameEn, String shortKo) {
            start(code, nameKo, nameEn, shortKo);
            alias(nameEn + "-do", nameEn + " Province");
            return this;
        }

        Builder alias(String... spellings) {
            for (String spelling : spellings) {
                Region previous = keys.putIfAbsent(key(spelling), current);
                if (previous != null && previous != current) {
                    throw new IllegalStateException("spelling " + spelling + " claimed by " + previous.code()
                            + " and " + current.code());
                }
            }
            return this;
        }

        private void start(int code, String nameKo, String nameEn, String shortKo) {
            current = new Region(code, nameKo, nameEn);
            regions.add(current);
            alias(Integer.toString(code), nameKo, nameEn, shortKo);
        }

        List<Region> regions() {
            regions.sort(Comparator.comparingInt(Region::code));
            return List.copyOf(regions);
        }

        Map<String, Region> keys() {
            return Map.copyOf(keys);
        }
    }
}
