package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo drops of the {@code awards} feed, all cohort 1; teams of 2–5 completers drawn without repeats with
 * a fixed seed (team sizes 3, 4, 2, 5, 4, 3, 5, 2, 4, then 3 for the bad record):
 * <ol>
 * <li>{@code awards_20210630.jsonl}: {@code AW-2021-001} … {@code AW-2021-008}, with {@code AW-2021-004} first
 * as 우수상 (THIRD) with 2,500,000 won;</li>
 * <li>{@code awards_20211215.json}, one JSON array: {@code AW-2021-009}, {@code AW-2021-004} again as 우승
 * with {@code "3,000,000원"} (same event and team), and the bad {@code AW-2021-010} with prize -100.</li>
 * </ol>
 * Final state: 9 awards, 7 WINNER (001, 002, 003, 004, 006, 007, 009) at 3,000,000, {@code AW-2021-005}
 * RUNNER_UP (최우수상) at 5,000,000, {@code AW-2021-008} SPECIAL (특별상) at 2,000,000: 28,000,000 won.
 */
final class AwardsDemo {

    static final List<String> DROP_NAMES = List.of("awards_20210630.jsonl", "awards_20211215.json");
    static final String REPLACED_AWARD = "AW-2021-004";
    static final String BAD_AWARD = "AW-2021-010";
    static final int BAD_RECORDS = 1;

    /** An award as written: the prize is a {@link Long} (JSON number) or a {@link String}. */
    record Award(String id, String event, String organizer, LocalDate heldOn, String region, String team,
            String rank, Object prize) {
    }

    private static final List<Award> SPRING = List.of(
            award("AW-2021-001", "핀테크 인공지능 해커톤", "광주핀테크지원센터", "2021-02-20", "광주", "빛고을코더즈",
                    "우승", 3_000_000L),
            award("AW-2021-002", "광주 AI 챌린지", "인공지능산업융합사업단", "2021-03-27", "광주광역시", "무등산AI", "대상",
                    "3,000,000원"),
            award("AW-2021-003", "인공지능 문제해결 경진대회", "과학기술정보통신부", "2021-04-17", "서울특별시", "데이터사관",
                    "WINNER", 3_000_000L),
            award(REPLACED_AWARD, "AI 융합 아이디어 해커톤", "광주정보문화산업진흥원", "2021-05-08", "Gwangju", "첨단러너스",
                    "우수상", 2_500_000L),
            award("AW-2021-005", "전국 인공지능 헬스케어 해커톤", "대전정보문화산업진흥원", "2021-05-22", "대전광역시",
                    "닥터알고", "최우수상", "5,000,000원"),
            award("AW-2021-006", "빛가람 에너지 AI 해커톤", "빛가람에너지밸리센터", "2021-06-05", "전라남도", "그리드마인드",
                    "우승", 3_000_000L),
            award("AW-2021-007", "모빌리티 AI 경진대회", "광주광역시", "2021-06-12", "광주", "오토파일럿", "WINNER",
                    "3000000"),
            award("AW-2021-008", "인공지능 문제해결 경진대회", "과학기술정보통신부", "2021-04-17", "서울특별시", "코드브릿지",
                    "특별상", 2_000_000L));
    private static final Award AUTUMN = award("AW-2021-009", "2021 인공지능 온라인 경진대회", "과학기술정보통신부",
            "2021-11-20", "서울", "딥러닝광주", "대상", 3_000_000L);
    private static final Award BAD = award(BAD_AWARD, "광주 AI 챌린지", "인공지능산업융합사업단", "2021-03-27", "광주",
            "알고리즘요정", "장려상", -100L);
    private static final int[] TEAM_SIZES = {3, 4, 2, 5, 4, 3, 5, 2, 4, 3};
    private static final long SEED = 20_210_630L;

    private AwardsDemo() {
    }

    /** Writes the two drops into {@code <inbox>/awards/}; {@code completers} ascending. */
    static void write(Path inbox, List<String> completers) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("awards"));
        List<String> pool = new ArrayList<>(completers);
        Collections.shuffle(pool, new Random(SEED));
        List<List<String>> teams = new ArrayList<>();
        int next = 0;
        for (int size : TEAM_SIZES) {
            List<String> team = new ArrayList<>(pool.subList(next, next + size));
            Collections.sort(team);
            teams.add(team);
            next += size;
        }
        List<ObjectNode> spring = new ArrayList<>();
        for (int i = 0; i < SPRING.size(); i++) {
            spring.add(node(SPRING.get(i), 1, teams.get(i)));
        }
        Files.write(dir.resolve(DROP_NAMES.get(0)), JsonLines.lines(spring));
        Award replaced = SPRING.get(3);
        Award corrected = new Award(replaced.id(), replaced.event(), replaced.organizer(), replaced.heldOn(),
                replaced.region(), replaced.team(), "우승", "3,000,000원");
        Files.write(dir.resolve(DROP_NAMES.get(1)), JsonLines.array(List.of(node(AUTUMN, 1, teams.get(8)),
                node(corrected, 1, teams.get(3)), node(BAD, 1, teams.get(9)))));
    }

    /** The award as a feed object in contract field order. */
    static ObjectNode node(Award a, int cohort, List<String> members) {
        ObjectNode o = JsonLines.object();
        o.put("award_id", a.id());
        ObjectNode event = o.putObject("event");
        event.put("name", a.event());
        event.put("organizer", a.organizer());
        event.put("held_on", a.heldOn().toString());
        event.put("region", a.region());
        ObjectNode team = o.putObject("team");
        team.put("name", a.team());
        ArrayNode ids = team.putArray("members");
        members.forEach(ids::add);
        o.put("cohort", cohort);
        o.put("rank", a.rank());
        if (a.prize() instanceof Long won) {
            o.put("prize_krw", won);
        } else {
            o.put("prize_krw", (String) a.prize());
        }
        return o;
    }

    static Award award(String id, String event, String organizer, String heldOn, String region, String team,
            String rank, Object prize) {
        return new Award(id, event, organizer, LocalDate.parse(heldOn), region, team, rank, prize);
    }
}
