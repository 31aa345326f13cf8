package kr.aiacademy.etl.pipeline.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 25 fictitious demo employers (18 in Gwangju, 4 in Seoul, 3 in Gyeonggi) with stable business
 * registration numbers {@code NNN-NN-NNNNN} whose last digit is the real check digit. Each employer keeps one
 * region spelling, so spelling never looks like a move. In the autumn survey {@code (주)빛고을AI} (index 0)
 * is renamed {@code (주)빛고을에이아이} and {@code (주)무등데이터} (index 1) has moved to {@code 전라남도}.
 */
final class Employers {

    static final List<Employer> ALL = List.of(
            employer("410-81-2345", "(주)빛고을AI", "광주"),
            employer("410-86-1120", "(주)무등데이터", "광주광역시"),
            employer("409-81-5521", "(주)첨단로보틱스", "광주"),
            employer("410-87-0334", "(주)광산모빌리티", "광주"),
            employer("408-81-7762", "주식회사 영산강소프트", "광주광역시"),
            employer("409-86-3398", "(주)호남클라우드", "Gwangju"),
            employer("410-81-9054", "(주)상무디지털헬스", "광주"),
            employer("408-86-2217", "(주)양림에너지AI", "광주"),
            employer("409-87-6610", "(주)충장비전", "광주"),
            employer("410-86-4473", "(주)금남로핀테크", "광주광역시"),
            employer("409-81-1836", "(주)송정스마트팩토리", "광주"),
            employer("408-81-5590", "(주)하남인공지능", "광주"),
            employer("410-88-0127", "주식회사 평동오토메이션", "Gwangju"),
            employer("409-86-7745", "(주)첨단메디컬AI", "광주"),
            employer("408-87-3362", "(주)극락강모빌리티", "광주광역시"),
            employer("410-81-6689", "(주)광주문화기술", "광주"),
            employer("409-88-2201", "(주)솔루션빛", "광주"),
            employer("408-86-9915", "(주)에이아이그린", "광주"),
            employer("120-81-4478", "(주)한빛네트웍스", "서울특별시"),
            employer("220-86-1093", "(주)테헤란데이터랩", "서울특별시"),
            employer("211-87-5536", "(주)누리클라우드", "서울"),
            employer("105-81-3372", "주식회사 서울인공지능연구소", "서울특별시"),
            employer("144-81-6620", "(주)판교비전AI", "경기도"),
            employer("124-86-2259", "(주)수원스마트시티", "Gyeonggi-do"),
            employer("129-87-8841", "(주)분당로보틱스", "경기도"));

    /** Index of the employer renamed between the surveys. */
    static final int RENAMED = 0;
    /** Index of the employer that moved between the surveys. */
    static final int MOVED = 1;
    static final String NEW_NAME = "(주)빛고을에이아이";
    static final String NEW_REGION = "전라남도";

    private static final int GWANGJU_WEIGHT = 4;

    private Employers() {
    }

    /** The employer at {@code index} as the autumn (second) survey writes it. */
    static Employer afterRename(int index) {
        Employer e = ALL.get(index);
        return index == RENAMED ? e.renamed(NEW_NAME) : index == MOVED ? e.movedTo(NEW_REGION) : e;
    }

    /** {@code count} employer indexes: every employer once first (when {@code count} allows), then draws. */
    static List<Integer> draws(Random random, int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ALL.size() && indexes.size() < count; i++) {
            indexes.add(i);
        }
        while (indexes.size() < count) {
            indexes.add(pick(random));
        }
        return indexes;
    }

    /** An employer index, Gwangju employers four times as likely. */
    static int pick(Random random) {
        int total = 0;
        for (Employer e : ALL) {
            total += weight(e);
        }
        int r = random.nextInt(total);
        for (int i = 0; i < ALL.size(); i++) {
            r -= weight(ALL.get(i));
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static int weight(Employer e) {
        return Places.isGwangju(e.region()) ? GWANGJU_WEIGHT : 1;
    }

    /** The first nine digits as {@code NNN-NN-NNNN}; appends the check digit of the Korean BRN scheme. */
    static Employer employer(String first9, String name, String region) {
        String digits = first9.replace("-", "");
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        int check = (10 - sum % 10) % 10;
        return new Employer(first9 + check, name, region);
    }
}
