package kr.aiacademy.etl.pipeline.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmploymentFeedTest {

    private static final LocalDateTime INGESTED = LocalDateTime.of(2021, 9, 1, 2, 0);
    private static final Lineage LINEAGE = new Lineage("employment", "employment_20210831.jsonl", "cd".repeat(32),
            LocalDate.of(2021, 8, 31), 0, INGESTED.minusHours(1), INGESTED);

    private final EmploymentFeed feed = new EmploymentFeed();

    @TempDir
    Path dir;

    @Test
    void requiresApplicantOutcomeAndSurveyDate() {
        assertThat(feed.name()).isEqualTo("employment");
        assertThat(feed.requiredColumns()).containsExactlyInAnyOrder("applicant_id", "outcome", "surveyed_on");
    }

    @Test
    void knowsEveryContractFieldAndNoPersonalOne() {
        assertThat(feed.knownColumns()).containsExactlyInAnyOrder("applicant_id", "outcome", "employer.brn",
                "employer.name", "employer.region", "job_role", "started_on", "channel", "hiring_event",
                "annual_salary_krw", "surveyed_on");
        assertThat(feed.personalColumns()).isEmpty();
    }

    @Test
    void takesJsonLinesAndJsonFilesInAnyCaseAsDataFiles() {
        assertThat(feed.isDataFile("employment_20210831.jsonl")).isTrue();
        assertThat(feed.isDataFile("SURVEY.JSON")).isTrue();
        assertThat(feed.isDataFile("survey.csv")).isFalse();
        assertThat(feed.isDataFile("survey.jsonl.bak")).isFalse();
    }

    @Test
    void inspectsTheFieldsThatOccurInTheFile() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("s.jsonl"), """
                {"applicant_id":"A1-0001","outcome":"STARTUP","employer":null,"surveyed_on":"2021-08-31"}
                {"applicant_id":"A1-0002","outcome":"EMPLOYED","employer":{"brn":"4108123456","name":"x"},\
                "surveyed_on":"2021-08-31","mood":"good"}
                """, StandardCharsets.UTF_8);

        // when / then
        assertThat(feed.inspectColumns(ByteSource.of(file), "s.jsonl").names()).containsExactly("applicant_id", "outcome",
                "surveyed_on", "employer.brn", "employer.name", "mood");
    }

    @Test
    void readsAJsonLinesFileThroughTheRules() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("s.jsonl"), """
                {"applicant_id":"A1-0001","outcome":"취업","employer":{"brn":"410-81-23456","name":"(주)빛고을AI",\
                "region":"광주"},"job_role":"developer","annual_salary_krw":36000000,"surveyed_on":"2021-08-31"}

                {"applicant_id":"A1-0002","outcome":"RETIRED","surveyed_on":"2021-08-31"}
                """, StandardCharsets.UTF_8);
        RecordRules<EmploymentRecord> rules = feed.rules(null);

        // when
        List<Object> results = new ArrayList<>();
        try (RecordSource source = feed.open(ByteSource.of(file), "s.jsonl")) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                try {
                    results.add(rules.apply(r));
                } catch (RuleViolation v) {
                    results.add(r.recordNo() + ":" + v.rule());
                }
            }
        }

        // then
        assertThat(results).containsExactly(new EmploymentRecord("A1-0001", EmploymentOutcome.EMPLOYED,
                "410-81-23456", "(주)빛고을AI", 29, "DEVELOPER", null, null, null, 36_000_000L,
                LocalDate.of(2021, 8, 31)), "3:unknown_outcome");
    }

    @Test
    void writesLakeColumnsThatDuckDbReadsWithTheirTypes() throws Exception {
        // given
        Path target = dir.resolve("lake/employment.parquet");
        EmploymentRecord employed = new EmploymentRecord("A1-0001", EmploymentOutcome.EMPLOYED, "410-81-23456",
                "(주)빛고을AI", 29, "DATA_SCIENTIST", LocalDate.of(2021, 9, 1), "HIRING_FAIR", "채용데이",
                36_000_000L, LocalDate.of(2021, 8, 31));
        EmploymentRecord seeking = new EmploymentRecord("A1-0002", EmploymentOutcome.SEEKING, null, null, null,
                null, null, null, null, null, LocalDate.of(2021, 8, 31));

        // when
        try (LakeFileWriter<LakeRow<EmploymentRecord>> writer =
                new LakeFileWriter<>(LakeSchemas.rows(feed.name(), feed.lakeColumns()), target)) {
            writer.write(new LakeRow<>(employed, LINEAGE, "s.jsonl", 1));
            writer.write(new LakeRow<>(seeking, LINEAGE, "s.jsonl", 2));
            writer.commit();
        }

        // then
        List<String> types = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("describe select * from read_parquet('" + target + "')")) {
                while (rs.next()) {
                    types.add(rs.getString("column_name") + " " + rs.getString("column_type"));
                }
            }
            try (ResultSet rs = s.executeQuery("select * from read_parquet('" + target + "') order by record_no")) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= feed.lakeColumns().size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        assertThat(feed.lakeColumns()).extracting(LakeColumn::name).containsExactly("applicant_id", "outcome",
                "employer_brn", "employer_name", "employer_region_code", "job_role", "started_on", "channel",
                "hiring_event", "annual_salary_krw", "surveyed_on");
        assertThat(types).startsWith("applicant_id VARCHAR", "outcome VARCHAR", "employer_brn VARCHAR",
                "employer_name VARCHAR", "employer_region_code INTEGER", "job_role VARCHAR", "started_on DATE",
                "channel VARCHAR", "hiring_event VARCHAR", "annual_salary_krw BIGINT", "surveyed_on DATE")
                .contains("drop_sha256 VARCHAR", "source_file VARCHAR", "record_no BIGINT");
        assertThat(rows).containsExactly(
                List.of("A1-0001", "EMPLOYED", "410-81-23456", "(주)빛고을AI", 29, "DATA_SCIENTIST",
                        LocalDate.of(2021, 9, 1), "HIRING_FAIR", "채용데이", 36_000_000L, LocalDate.of(2021, 8, 31)),
                Arrays.asList("A1-0002", "SEEKING", null, null, null, null, null, null, null, null,
                        LocalDate.of(2021, 8, 31)));
    }
}
