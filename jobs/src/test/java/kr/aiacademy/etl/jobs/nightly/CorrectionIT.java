package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A correction (a known name with other bytes) replaces the earlier drop of that name: SUPERSEDED. */
class CorrectionIT extends InboxRunTest {

    @Test
    void aReDeliveredEmploymentFileReplacesTheEarlierVersionsSurveyRows() throws Exception {
        Path file = Files.createDirectories(runs.inbox.resolve("employment")).resolve("employment_20210831.jsonl");
        Files.writeString(file, """
                {"applicant_id":"A-1","outcome":"SEEKING","surveyed_on":"2021-08-31"}
                {"applicant_id":"A-2","outcome":"SEEKING","surveyed_on":"2021-08-31"}
                """);
        assertThat(runs.run().status()).isZero();
        Files.writeString(file, """
                {"applicant_id":"A-1","outcome":"EMPLOYED","employer":{"brn":"410-81-23456","name":"(주)빛고을AI"},"surveyed_on":"2021-08-31"}
                {"applicant_id":"A-2","outcome":"GRAD_SCHOOL","surveyed_on":"2021-08-31"}
                {"applicant_id":"A-3","outcome":"SEEKING","surveyed_on":"2021-08-31"}
                """);

        Cli correction = runs.run();
        Cli next = runs.run();

        assertThat(correction.status()).as(correction.err()).isZero();
        assertThat(next.out()).contains("\"seen\":0");
        assertThat(WarehouseQueries.query(runs.data, "select applicant_id, outcome from fact_employment_outcome "
                + "order by 1")).containsExactly(List.of("A-1", "EMPLOYED"), List.of("A-2", "GRAD_SCHOOL"),
                        List.of("A-3", "SEEKING"));
        assertThat(WarehouseQueries.query(runs.data, "select status, rows_loaded from etl_drops "
                + "order by first_seen_at")).containsExactly(List.of("SUPERSEDED", "2"), List.of("LOADED", "3"));
        assertThat(WarehouseQueries.query(runs.data, "select notes from etl_drops where status = 'LOADED'"))
                .allSatisfy(row -> assertThat(row.get(0)).startsWith("correction: replaces the delivery of "));
        try (Stream<Path> lake = Files.walk(runs.data.resolve("lake/employment"))) {
            assertThat(lake.filter(p -> p.toString().endsWith(".parquet"))).hasSize(2);
        }
        JsonNode history = JsonMapper.shared().readTree(Cli.run("history", "--data-dir", runs.data.toString(),
                "--format", "json").out());
        assertThat(history.findValues("drops")).extracting(drops -> drops.get("loaded").asInt())
                .as("the first run still counts the drop it loaded").containsExactly(0, 1, 1);
    }
}
