package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The awards drops read back, with the contract's rank labels and replacement rule applied here. */
class AwardsDemoTest {

    private static final Map<String, String> RANKS = Map.of("우승", "WINNER", "대상", "WINNER", "준우승", "RUNNER_UP",
            "최우수상", "RUNNER_UP", "우수상", "THIRD", "장려상", "HONORABLE", "특별상", "SPECIAL");

    @TempDir
    static Path inbox;
    static List<FeedReader.Json> records = new ArrayList<>();
    static Set<String> completers;

    @BeforeAll
    static void writeDemoInbox() throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        for (String drop : DemoInboxGenerator.AWARDS_DROP_NAMES) {
            records.addAll(FeedReader.json(inbox.resolve("awards").resolve(drop)));
        }
        completers = Set.copyOf(DemoInboxGenerator.cohort1CompleterIds());
    }

    @Test
    void latestRecordPerAwardGivesTheReportedFigures() {
        Map<String, FeedReader.Json> current = new LinkedHashMap<>();
        valid().forEach(r -> current.put(r.text("award_id"), r));
        assertThat(current).hasSize(DemoInboxGenerator.COHORT1_AWARDED_TEAMS);
        assertThat(current.values()).allMatch(r -> r.node().get("cohort").asInt() == 1);
        assertThat(current.values().stream().filter(r -> rank(r).equals("WINNER")))
                .hasSize(DemoInboxGenerator.COHORT1_AWARDS_WON);
        assertThat(current.values().stream().mapToLong(AwardsDemoTest::prize).sum())
                .isEqualTo(DemoInboxGenerator.COHORT1_PRIZE_TOTAL_KRW).isEqualTo(28_000_000L);
        assertThat(current.values().stream().collect(Collectors.groupingBy(AwardsDemoTest::rank,
                Collectors.summingLong(AwardsDemoTest::prize)))).containsOnly(Map.entry("WINNER", 21_000_000L),
                        Map.entry("RUNNER_UP", 5_000_000L), Map.entry("SPECIAL", 2_000_000L));
        assertThat(current.keySet()).containsExactly("AW-2021-001", "AW-2021-002", "AW-2021-003", "AW-2021-004",
                "AW-2021-005", "AW-2021-006", "AW-2021-007", "AW-2021-008", "AW-2021-009");
    }

    @Test
    void awardFourIsFirstThirdPlaceThenReplacedByAWin() {
        List<FeedReader.Json> four = valid().stream().filter(r -> r.text("award_id").equals("AW-2021-004")).toList();
        assertThat(four).extracting(FeedReader.Json::drop).containsExactly("awards_20210630.jsonl",
                "awards_20211215.json");
        assertThat(four).extracting(AwardsDemoTest::rank).containsExactly("THIRD", "WINNER");
        assertThat(four).extracting(AwardsDemoTest::prize).containsExactly(2_500_000L, 3_000_000L);
        assertThat(four.get(1).text("prize_krw")).isEqualTo("3,000,000원");
        assertThat(four.get(0).node().get("team")).isEqualTo(four.get(1).node().get("team"));
    }

    @Test
    void teamsAreTwoToFiveCohortOneCompleters() {
        assertThat(records).allSatisfy(r -> {
            List<String> members = new ArrayList<>();
            r.node().get("team").get("members").forEach(m -> members.add(m.asString()));
            assertThat(members).hasSizeBetween(2, 5).doesNotHaveDuplicates().allMatch(completers::contains);
            JsonNode event = r.node().get("event");
            assertThat(LocalDate.parse(event.get("held_on").asString()).getYear()).isEqualTo(2021);
            assertThat(Expectations.regionCode(event.get("region").asString())).isNotNull();
            assertThat(event.get("name").asString()).isNotBlank();
            assertThat(event.get("organizer").asString()).isNotBlank();
        });
        assertThat(records).extracting(r -> r.node().get("event").get("name").asString())
                .contains("핀테크 인공지능 해커톤", "광주 AI 챌린지", "인공지능 문제해결 경진대회");
        assertThat(records).extracting(r -> r.node().get("rank").asString()).contains("우승", "대상", "최우수상", "특별상",
                "WINNER");
    }

    @Test
    void oneBadRecordAndTheDecemberDropIsOneArray() throws IOException {
        List<FeedReader.Json> bad = records.stream().filter(r -> prize(r) < 0 || rank(r) == null).toList();
        assertThat(bad).hasSize(DemoInboxGenerator.BAD_AWARD_RECORDS).singleElement()
                .satisfies(r -> assertThat(r.text("award_id")).isEqualTo("AW-2021-010"))
                .satisfies(r -> assertThat(prize(r)).isEqualTo(-100L));
        assertThat(records).hasSize(8 + 3);
        String december = Files.readString(inbox.resolve("awards").resolve("awards_20211215.json"));
        assertThat(december).startsWith("[").endsWith("]\n");
    }

    private static List<FeedReader.Json> valid() {
        return records.stream().filter(r -> prize(r) >= 0 && rank(r) != null).toList();
    }

    private static long prize(FeedReader.Json r) {
        return FeedReader.won(r.node().get("prize_krw"));
    }

    /** The canonical rank of the written one, or {@code null}. */
    private static String rank(FeedReader.Json r) {
        String written = r.node().get("rank").asString();
        String upper = written.toUpperCase(Locale.ROOT);
        if (Set.of("WINNER", "RUNNER_UP", "THIRD", "HONORABLE", "SPECIAL").contains(upper)) {
            return upper;
        }
        return RANKS.get(written);
    }
}
