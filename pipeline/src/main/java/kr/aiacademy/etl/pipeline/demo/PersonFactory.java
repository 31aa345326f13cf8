package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Makes synthetic but realistic Korean persons: surname and two-syllable given name from fixed lists, a
 * resident registration number consistent with birth date (1985–2003) and sex, an e-mail address built from
 * the romanized name and a mobile number. All drawn from the caller's seeded {@link Random}.
 */
final class PersonFactory {

    /** Surname, romanization, relative frequency. */
    private static final String[][] SURNAMES = parse(
        "김:kim:21", "이:lee:15", "박:park:8", "최:choi:5", "정:jung:5", "강:kang:2", "조:cho:2", "윤:yoon:2",
        "장:jang:2", "임:lim:2", "한:han:1", "오:oh:1", "서:seo:1", "신:shin:1", "권:kwon:1", "황:hwang:1",
        "안:ahn:1", "송:song:1", "류:ryu:1", "전:jeon:1", "홍:hong:1", "고:ko:1", "문:moon:1", "양:yang:1",
        "손:son:1", "배:bae:1", "백:baek:1", "허:heo:1", "노:noh:1", "남:nam:1");
    private static final String[][] MALE = parse(
        "민준:minjun", "서준:seojun", "도윤:doyun", "예준:yejun", "시우:siwoo", "하준:hajun", "주원:juwon",
        "지호:jiho", "지후:jihoo", "준우:junwoo", "현우:hyunwoo", "준서:junseo", "도현:dohyun", "건우:gunwoo",
        "우진:woojin", "선우:sunwoo", "민재:minjae", "현준:hyunjun", "연우:yeonwoo", "정우:jungwoo",
        "승우:seungwoo", "승현:seunghyun", "준혁:junhyuk", "지환:jihwan", "승민:seungmin", "성민:sungmin",
        "재원:jaewon", "동현:donghyun", "태윤:taeyoon", "영호:youngho");
    private static final String[][] FEMALE = parse(
        "서연:seoyeon", "서윤:seoyun", "지우:jiwoo", "서현:seohyun", "민서:minseo", "하은:haeun", "하윤:hayun",
        "윤서:yunseo", "지유:jiyu", "지민:jimin", "채원:chaewon", "수아:sua", "지아:jia", "지윤:jiyun",
        "은서:eunseo", "다은:daeun", "예은:yeeun", "수빈:subin", "소율:soyul", "예린:yerin", "지원:jiwon",
        "유진:yujin", "민지:minji", "수민:sumin", "예진:yejin", "혜진:hyejin", "은지:eunji", "보람:boram",
        "수연:suyeon", "나연:nayeon");
    private static final String[] DOMAINS = {"example.com", "example.com", "example.com", "example.net", "example.org"};
    private static final int SURNAME_WEIGHT = totalWeight();
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1985, 1, 1);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LocalDate.of(2004, 1, 1));
    /** Serial blocks of a million that {@link #next(Place, long)} keeps apart by birth day. */
    private static final int SERIAL_BLOCKS = 20;

    private final Random random;
    private final Set<String> used;

    private PersonFactory(Random random, Set<String> used) {
        this.random = random;
        this.used = used;
    }

    /** A factory that never repeats an rrn, e-mail address or phone number (keeps all it made). */
    static PersonFactory unique(Random random) {
        return new PersonFactory(random, new HashSet<>());
    }

    /** A factory that keeps nothing; use {@link #next(Place, long)} with distinct serials. */
    static PersonFactory streaming(Random random) {
        return new PersonFactory(random, null);
    }

    /** A new person living in {@code home}; unique when the factory is. */
    Person next(Place home) {
        boolean male = random.nextBoolean();
        String[] given = pick(male ? MALE : FEMALE);
        String[] surname = surname();
        String rrn;
        do {
            rrn = rrn(FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)), male, random.nextInt(1_000_000));
        } while (!fresh(rrn.replace("-", "")));
        return new Person(surname[0] + given[0], rrn, email(given[1], surname[1]), phone(), home);
    }

    /**
     * A new person living in {@code home} whose rrn is distinct for distinct {@code serial}s below twenty
     * million: the serial's last six digits, scrambled one-to-one, become the rrn's; its millions pick the
     * birth day modulo 20.
     */
    Person next(Place home, long serial) {
        boolean male = random.nextBoolean();
        String[] given = pick(male ? MALE : FEMALE);
        String[] surname = surname();
        int block = (int) (serial / 1_000_000 % SERIAL_BLOCKS);
        int day = block + SERIAL_BLOCKS * random.nextInt(BIRTH_DAYS / SERIAL_BLOCKS);
        int scrambled = (int) ((serial % 1_000_000 * 7_919 + 104_729) % 1_000_000);
        String rrn = rrn(FIRST_BIRTH.plusDays(day), male, scrambled);
        return new Person(surname[0] + given[0], rrn, email(given[1], surname[1]), phone(), home);
    }

    private String[] surname() {
        int r = random.nextInt(SURNAME_WEIGHT);
        for (String[] s : SURNAMES) {
            r -= Integer.parseInt(s[2]);
            if (r < 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    /** {@code YYMMDD-GNNNNNN}, about a third written without the hyphen. */
    private String rrn(LocalDate birth, boolean male, int serial) {
        int century = birth.getYear() < 2000 ? 1 : 3;
        int gender = century + (male ? 0 : 1);
        String front = pad(birth.getYear() % 100, 2) + pad(birth.getMonthValue(), 2) + pad(birth.getDayOfMonth(), 2);
        String back = gender + pad(serial, 6);
        return random.nextInt(3) == 0 ? front + back : front + "-" + back;
    }

    /** {@code minjun.kim42@example.com}; empty for about one in twelve. */
    private String email(String given, String surname) {
        if (random.nextInt(12) == 0) {
            return "";
        }
        String email;
        int range = 99;
        do {
            email = given + "." + surname + (1 + random.nextInt(range)) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            range = Math.min(range * 10, 99_999);
        } while (!fresh(email));
        return email;
    }

    /** {@code 010-NNNN-NNNN}, a quarter written {@code 010NNNNNNNN}. */
    private String phone() {
        String middle;
        String last;
        do {
            middle = Integer.toString(2000 + random.nextInt(8000));
            last = pad(random.nextInt(10_000), 4);
        } while (!fresh("010" + middle + last));
        return random.nextInt(4) == 0 ? "010" + middle + last : "010-" + middle + "-" + last;
    }

    private boolean fresh(String value) {
        return used == null || used.add(value);
    }

    private String[] pick(String[][] names) {
        return names[random.nextInt(names.length)];
    }

    /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String[][] parse(String... entries) {
        String[][] parsed = new String[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            parsed[i] = entries[i].split(":");
        }
        return parsed;
    }

    private static int totalWeight() {
        int total = 0;
        for (String[] s : SURNAMES) {
            total += Integer.parseInt(s[2]);
        }
        return total;
    }
}
