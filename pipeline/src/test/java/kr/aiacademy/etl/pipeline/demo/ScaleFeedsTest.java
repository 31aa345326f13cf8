package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The employment, awards and budget files of a benchmark inbox. */
class ScaleFeedsTest {

    private static final List<String> DATES = List.of("20240101", "20240102", "20240103");

    @TempDir
    static Path inbox;
    static Map<String, DropReader.Row> enrollment = new HashMap<>();

    @BeforeAll
    static void writeScaleInbox() throws IOException {
        DemoInboxGenerator.writeScaleInbox(inbox, 10_000, 3);
        DropReader.readAll(inbox.resolve("enrollment")).forEach(r -> enrollment.put(r.get("applicant_id"), r));
    }

    @Test
    void writesTheSameBytesEveryTime(@TempDir Path other) throws Exception {
        DemoInboxGenerator.writeScaleInbox(other, 10_000, 3);
        Map<String, String> digests = DemoFeedFilesTest.digests(inbox);
        assertThat(digests).isEqualTo(DemoFeedFilesTest.digests(other));
        assertThat(digests.keySet()).containsExactlyInAnyOrder("enrollment/enrollment_20240101.csv.gz",
                "enrollment/enrollment_20240102.csv.gz", "enrollment/enrollment_20240103.csv.gz",
                "employment/employment_20240101.jsonl.gz", "employment/employment_20240102.jsonl.gz",
                "employment/employment_20240103.jsonl.gz", "awards/awards_20240101.jsonl",
                "awards/awards_20240102.jsonl", "awards/awards_20240103.jsonl", "budget/budget_20240101.csv");
    }

    @Test
    void oneEmploymentRecordPerFourApplicationsForCompleters() throws IOException {
        List<FeedReader.Json> records = new ArrayList<>();
        for (String date : DATES) {
            records.addAll(FeedReader.json(inbox.resolve("employment/employment_" + date + ".jsonl.gz")));
        }
        assertThat(records).hasSize(10_000 / 4).allSatisfy(r -> {
            DropReader.Row row = enrollment.get(r.text("applicant_id"));
            assertThat(Expectations.status(row.get("status"))).isEqualTo("COMPLETED");
            assertThat(LocalDate.parse(r.text("surveyed_on"))).isAfter(Expectations.date(row.get("course_end")));
            boolean employed = r.text("outcome").equals("EMPLOYED");
            assertThat(r.node().get("employer") != null && !r.node().get("employer").isNull()).isEqualTo(employed);
        });
        Map<String, Long> outcomes = records.stream()
                .collect(Collectors.groupingBy(r -> r.text("outcome"), Collectors.counting()));
        assertThat(outcomes).containsOnlyKeys("EMPLOYED", "STARTUP", "GRAD_SCHOOL", "SEEKING");
        Map<String, List<String>> surveys = records.stream().collect(Collectors.groupingBy(
                r -> r.text("applicant_id"), Collectors.mapping(r -> r.text("surveyed_on"), Collectors.toList())));
        assertThat(surveys.values()).allSatisfy(dates -> assertThat(dates).doesNotHaveDuplicates());
        assertThat(surveys.values()).anyMatch(dates -> dates.size() > 1);
    }

    @Test
    void oneAwardPerFiftyApplicationsForCompleterTeams() throws IOException {
        List<FeedReader.Json> awards = new ArrayList<>();
        for (String date : DATES) {
            awards.addAll(FeedReader.json(inbox.resolve("awards/awards_" + date + ".jsonl")));
        }
        assertThat(awards).hasSize(10_000 / 50);
        assertThat(awards.stream().map(r -> r.text("award_id")).distinct()).hasSize(200);
        assertThat(awards).allSatisfy(r -> {
            String cohort = r.node().get("cohort").asString();
            r.node().get("team").get("members").forEach(m -> {
                DropReader.Row row = enrollment.get(m.asString());
                assertThat(Expectations.status(row.get("status"))).isEqualTo("COMPLETED");
                assertThat(row.get("cohort")).isEqualTo(cohort);
            });
            assertThat(FeedReader.won(r.node().get("prize_krw"))).isNotNegative();
        });
    }

    @Test
    void oneSmallCp949BudgetFile() throws IOException {
        Path file = inbox.resolve("budget/budget_20240101.csv");
        assertThat(FeedReader.validUtf8(Files.readAllBytes(file))).isFalse();
        List<Map<String, String>> rows = FeedReader.csv(file, FeedReader.CP949);
        assertThat(rows).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("사업코드")).isEqualTo("SCALE-AI-ACADEMY");
            assertThat(Set.of("국비", "시비")).contains(r.get("재원"));
            assertThat(FeedReader.won(r.get("집행액"))).isLessThan(FeedReader.won(r.get("예산액")));
        });
    }
}
