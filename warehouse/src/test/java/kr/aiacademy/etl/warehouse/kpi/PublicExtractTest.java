package kr.aiacademy.etl.warehouse.kpi;

import static kr.aiacademy.etl.pipeline.employment.EmploymentOutcome.EMPLOYED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.DROPPED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.employment.EmploymentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public extract at threshold 5, given three cohorts (applicants, admitted, completers, local completers,
 * positive outcomes): 1 = 12, 10, 3, 1, 2 (small counts); 2 = 40, 30, 25, 20, 18; 3 = 30, 22, 15, 12, 10 (3
 * non-local completers: a small difference). Nothing blank may be derivable from what is published.
 */
class PublicExtractTest {

    private static final int THRESHOLD = 5;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);
    private static final List<String> NESTED = List.of("applicants", "admitted", "completers", "local_completers");

    @TempDir
    static Path dir;

    static Path folder;

    @BeforeAll
    static void export() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        List<EnrollmentRecord> applications = new ArrayList<>();
        List<EmploymentRecord> outcomes = new ArrayList<>();
        cohort(1, 12, 10, 3, 1, 2, applications, outcomes);
        cohort(2, 40, 30, 25, 20, 18, applications, outcomes);
        cohort(3, 30, 22, 15, 12, 10, applications, outcomes);
        lake.drop("enrollment_20200901.csv", applications);
        lake.employment("employment_20210901.jsonl", outcomes);
        OffsetDateTime at = OffsetDateTime.parse("2021-12-01T06:00:00+09:00");
        Path warehouse = lake.build(dir.resolve("warehouse.duckdb"), new BuildRun(3L, "nightlyLoadJob", at, SEOUL));
        folder = new KpiExporter(List.of()).export(warehouse, dir.resolve("exports"),
                new ExportRun(4, "kpiExtractJob", ExportPeriod.monthBefore(at.toLocalDate()), at, SEOUL, THRESHOLD));
    }

    @Test
    void aCohortWithThreeCompletersShowsNoCountAndNoRateDerivedFromIt() throws Exception {
        Map<String, String> cohort1 = rows("kpi_cohort.csv").get(0);

        assertThat(cohort1.get("cohort")).isEqualTo("1");
        for (String column : List.of("completers", "completion_rate", "local_completers", "local_share",
                "positive_outcomes", "outcome_rate", "employment_rate", "cost_per_completer_krw")) {
            assertThat(cohort1.get(column)).as(column).isEmpty();
        }
        assertThat(cohort1.get("applicants")).isEqualTo("12"); // 12 applicants, not small, published
        assertThat(rows("kpi_cohort.csv").get(1).get("completers")).isEqualTo("25");
    }

    @Test
    void noPublishedCountIsSmallAndNoBlankCanBeDerivedFromTheOthersOrTheTotal() throws Exception {
        List<Map<String, String>> cohorts = rows("kpi_cohort.csv");
        Map<String, String> total = rows("kpi_cohort_total.csv").get(0);
        assertThat(total.get("completers")).isEqualTo("43");
        for (String column : SmallCells.COUNTS) {
            List<Map<String, String>> lines = new ArrayList<>(cohorts);
            lines.add(total);
            for (Map<String, String> line : lines) {
                assertThat(small(line.get(column))).as(column + " " + line).isFalse();
            }
            long blanks = cohorts.stream().filter(line -> line.get(column).isEmpty()).count();
            // one blank cell would be the total minus the published ones
            assertThat(blanks).as(column).isNotEqualTo(1);
            if (blanks > 0) {
                long published = cohorts.stream().filter(line -> !line.get(column).isEmpty())
                        .mapToLong(line -> Long.parseLong(line.get(column))).sum();
                assertThat(Long.parseLong(total.get(column)) - published).as(column + ": the blanks' sum")
                        .isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
        for (Map<String, String> line : cohorts) {
            for (int i = 0; i + 1 < NESTED.size(); i++) {
                assertThat(small(difference(line, NESTED.get(i), NESTED.get(i + 1)))).as(line.toString()).isFalse();
            }
            assertThat(small(difference(line, "completers", "positive_outcomes"))).as(line.toString()).isFalse();
            SmallCells.RATES.forEach((rate, operands) -> {
                if (operands.stream().anyMatch(operand -> line.get(operand).isEmpty())) {
                    assertThat(line.get(rate)).as(rate + " of " + line).isEmpty();
                }
            });
        }
        assertThat(cohorts.get(2).get("local_completers")).isEmpty(); // 15 - 12 = 3 would give 3 non-local
    }

    @Test
    void theManifestSaysTheExtractIsSuppressedWithItsThresholdAndMethod() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());

        assertThat(manifest.get("suppression").get("applied").asBoolean()).isTrue();
        assertThat(manifest.get("suppression").get("threshold").asInt()).isEqualTo(THRESHOLD);
        assertThat(manifest.get("suppression").get("method").asString()).contains("complementary");
        assertThat(manifest.get("period").get("from").asString()).isEqualTo("2021-11-01");
        assertThat(Files.readSymbolicLink(dir.resolve("exports/latest-public"))).isEqualTo(Path.of("2021-12-01/4"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("kpi_cohort_rates.csv",
                    "kpi_cohort_history.csv");
        }
    }

    private static void cohort(int cohort, int applicants, int admitted, int completers, int local, int positive,
            List<EnrollmentRecord> applications, List<EmploymentRecord> outcomes) {
        for (int i = 0; i < applicants; i++) {
            String id = "C" + cohort + "-" + i;
            var status = i < completers ? COMPLETED : i < admitted ? DROPPED : APPLIED;
            applications.add(application(id, cohort, status, i < local ? 29 : 11, id, T0));
            if (i < positive) {
                outcomes.add(outcome(id, EMPLOYED, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1)));
            }
        }
    }

    private static boolean small(String count) {
        return !count.isEmpty() && Long.parseLong(count) > 0 && Long.parseLong(count) < THRESHOLD;
    }

    private static String difference(Map<String, String> line, String outer, String inner) {
        return line.get(outer).isEmpty() || line.get(inner).isEmpty() ? ""
                : Long.toString(Long.parseLong(line.get(outer)) - Long.parseLong(line.get(inner)));
    }

    private static List<Map<String, String>> rows(String file) throws Exception {
        try (Reader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(CSVRecord::toMap).toList();
        }
    }
}
