package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The employment drops read back, with the contract's rules and latest-survey rule applied here. */
class EmploymentDemoTest {

    private static final Set<String> OUTCOMES = Set.of("EMPLOYED", "STARTUP", "GRAD_SCHOOL", "SEEKING", "OTHER");

    @TempDir
    static Path inbox;
    static List<FeedReader.Json> records = new ArrayList<>();
    static Set<String> applicantIds = new TreeSet<>();
    static Set<String> completers;

    @BeforeAll
    static void writeDemoInbox() throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        for (String drop : DemoInboxGenerator.EMPLOYMENT_DROP_NAMES) {
            records.addAll(FeedReader.json(inbox.resolve("employment").resolve(drop)));
        }
        DropReader.readAll(inbox.resolve("enrollment")).forEach(r -> applicantIds.add(r.get("applicant_id")));
        completers = Set.copyOf(DemoInboxGenerator.cohort1CompleterIds());
    }

    @Test
    void currentOutcomesGiveTheReportedRates() {
        Map<String, FeedReader.Json> current = new HashMap<>();
        for (FeedReader.Json r : valid()) {
            current.merge(r.text("applicant_id"), r, (a, b) -> surveyed(b).isAfter(surveyed(a)) ? b : a);
        }
        Map<String, Long> outcomes = current.values().stream().filter(r -> completers.contains(r.text("applicant_id")))
                .collect(Collectors.groupingBy(r -> r.text("outcome"), TreeMap::new, Collectors.counting()));
        assertThat(outcomes).containsExactly(Map.entry("EMPLOYED", 118L), Map.entry("GRAD_SCHOOL", 6L),
                Map.entry("SEEKING", 25L), Map.entry("STARTUP", 6L));
        long positive = outcomes.get("EMPLOYED") + outcomes.get("STARTUP") + outcomes.get("GRAD_SCHOOL");
        assertThat(positive).isEqualTo(DemoInboxGenerator.COHORT1_POSITIVE_OUTCOMES);
        assertThat(outcomes.get("SEEKING")).isEqualTo(DemoInboxGenerator.COHORT1_SEEKING);
        assertThat(outcomes.get("EMPLOYED")).isEqualTo(DemoInboxGenerator.COHORT1_EMPLOYED);
        assertThat((double) positive / 155).isCloseTo(0.8387, within(0.00005));
        assertThat((double) (118 + 6) / (155 - 6)).isCloseTo(0.8322, within(0.00005));
        assertThat(current.keySet()).containsAll(completers);
    }

    @Test
    void surveysCoverTheCompletersInTwoRounds() {
        Map<String, List<FeedReader.Json>> byDrop = valid().stream()
                .collect(Collectors.groupingBy(FeedReader.Json::drop));
        List<FeedReader.Json> first = byDrop.get("employment_20210831.jsonl");
        List<FeedReader.Json> second = byDrop.get("employment_20211130.jsonl.gz");
        assertThat(first).hasSize(155).allMatch(r -> r.text("surveyed_on").equals("2021-08-31"));
        assertThat(first.stream().map(r -> r.text("applicant_id"))).containsExactlyInAnyOrderElementsOf(completers);
        assertThat(count(first, "EMPLOYED")).isEqualTo(90);
        assertThat(count(first, "STARTUP")).isEqualTo(4);
        assertThat(count(first, "GRAD_SCHOOL")).isEqualTo(6);
        assertThat(count(first, "SEEKING")).isEqualTo(55);
        Set<String> firstSeeking = first.stream().filter(r -> r.text("outcome").equals("SEEKING"))
                .map(r -> r.text("applicant_id")).collect(Collectors.toSet());
        assertThat(second).hasSize(55).allMatch(r -> r.text("surveyed_on").equals("2021-11-30"))
                .allMatch(r -> firstSeeking.contains(r.text("applicant_id")));
        assertThat(count(second, "EMPLOYED")).isEqualTo(28);
        assertThat(count(second, "STARTUP")).isEqualTo(2);
        assertThat(count(second, "SEEKING")).isEqualTo(25);
    }

    @Test
    void lateStaleFileDoesNotChangeCurrentOutcomesAndKeepsUnlinkedRecords() {
        List<FeedReader.Json> late = valid().stream().filter(r -> r.drop().equals("employment_20211015.jsonl"))
                .toList();
        assertThat(late).hasSize(7).allMatch(r -> r.text("surveyed_on").equals("2021-07-15"));
        List<FeedReader.Json> stale = late.stream().filter(r -> completers.contains(r.text("applicant_id"))).toList();
        assertThat(stale).hasSize(5).allMatch(r -> r.text("outcome").equals("SEEKING"));
        Set<String> employedInAugust = valid().stream().filter(r -> r.drop().equals("employment_20210831.jsonl"))
                .filter(r -> r.text("outcome").equals("EMPLOYED")).map(r -> r.text("applicant_id"))
                .collect(Collectors.toSet());
        assertThat(stale).allMatch(r -> employedInAugust.contains(r.text("applicant_id")));

        List<String> unlinked = valid().stream().map(r -> r.text("applicant_id"))
                .filter(id -> !applicantIds.contains(id)).toList();
        assertThat(unlinked).containsExactlyElementsOf(DemoInboxGenerator.UNLINKED_APPLICANT_IDS)
                .containsExactly("A3-0001", "A3-0002").hasSize(DemoInboxGenerator.UNLINKED_EMPLOYMENT);
        assertThat(valid()).filteredOn(r -> applicantIds.contains(r.text("applicant_id")))
                .allMatch(r -> completers.contains(r.text("applicant_id")));
    }

    @Test
    void exactlyThreeBadRecordsEachBreakingOneRule() {
        List<FeedReader.Json> bad = records.stream().filter(r -> broken(r) != null).toList();
        assertThat(bad).hasSize(DemoInboxGenerator.BAD_EMPLOYMENT_RECORDS).extracting(EmploymentDemoTest::broken)
                .containsExactly("unknown_outcome", "missing_employer", "invalid_brn");
        assertThat(bad).allMatch(r -> r.drop().equals("employment_20211015.jsonl"))
                .allMatch(r -> completers.contains(r.text("applicant_id")));
        assertThat(records).hasSize(155 + 10 + 55);
    }

    @Test
    void employersKeepTheirBrnAndOneIsRenamedAndOneMoved() {
        Map<String, Set<String>> names = new TreeMap<>();
        Map<String, Set<Integer>> regions = new TreeMap<>();
        for (FeedReader.Json r : valid()) {
            JsonNode e = r.node().get("employer");
            if (e != null && !e.isNull()) {
                names.computeIfAbsent(e.get("brn").asString(), k -> new TreeSet<>()).add(e.get("name").asString());
                regions.computeIfAbsent(e.get("brn").asString(), k -> new TreeSet<>())
                        .add(Expectations.regionCode(e.get("region").asString()));
            }
        }
        assertThat(names).hasSize(DemoInboxGenerator.DEMO_EMPLOYERS);
        assertThat(names.values()).filteredOn(n -> n.size() > 1)
                .containsExactly(new TreeSet<>(List.of("(주)빛고을AI", "(주)빛고을에이아이")));
        assertThat(regions.values()).filteredOn(r -> r.size() > 1).containsExactly(new TreeSet<>(List.of(29, 46)));
        long gwangju = regions.values().stream().filter(r -> r.contains(Expectations.GWANGJU)).count();
        assertThat(gwangju).isEqualTo(18);
    }

    @Test
    void employedRecordsCarryPlausibleJobFacts() {
        List<FeedReader.Json> employed = valid().stream().filter(r -> r.text("outcome").equals("EMPLOYED")).toList();
        assertThat(employed).hasSize(90 + 28 + 2).allSatisfy(r -> {
            long salary = FeedReader.won(r.node().get("annual_salary_krw"));
            assertThat(salary).isBetween(28_000_000L, 45_000_000L);
            assertThat(LocalDate.parse(r.text("started_on"))).isBefore(surveyed(r));
            assertThat(r.text("hiring_event") != null).isEqualTo(r.text("channel").equals("HIRING_FAIR"));
        });
        assertThat(employed).anyMatch(r -> r.node().get("annual_salary_krw").isString())
                .anyMatch(r -> r.node().get("annual_salary_krw").isNumber())
                .anyMatch(r -> "2021 광주 인공지능 기업 맞춤형 인재 채용데이".equals(r.text("hiring_event")));
        assertThat(valid()).filteredOn(r -> !r.text("outcome").equals("EMPLOYED"))
                .allMatch(r -> r.text("employer") == null && r.node().get("annual_salary_krw") == null);
    }

    private static long count(List<FeedReader.Json> rows, String outcome) {
        return rows.stream().filter(r -> r.text("outcome").equals(outcome)).count();
    }

    private static List<FeedReader.Json> valid() {
        return records.stream().filter(r -> broken(r) == null).toList();
    }

    private static LocalDate surveyed(FeedReader.Json r) {
        return LocalDate.parse(r.text("surveyed_on"));
    }

    /** The first contract rule a record breaks, or {@code null}. */
    private static String broken(FeedReader.Json r) {
        if (!OUTCOMES.contains(r.text("outcome"))) {
            return "unknown_outcome";
        }
        JsonNode e = r.node().get("employer");
        boolean hasEmployer = e != null && !e.isNull();
        if (r.text("outcome").equals("EMPLOYED") && !hasEmployer) {
            return "missing_employer";
        }
        if (hasEmployer && !e.get("brn").asString().matches("\\d{3}-\\d{2}-\\d{5}")) {
            return "invalid_brn";
        }
        if (hasEmployer && Expectations.regionCode(e.get("region").asString()) == null) {
            return "unknown_region";
        }
        surveyed(r);
        return null;
    }
}
