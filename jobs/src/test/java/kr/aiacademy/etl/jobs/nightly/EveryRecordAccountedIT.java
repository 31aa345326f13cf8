package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;

/** Every record of a loaded drop is loaded or rejected, also where a file can no longer be read record by record. */
class EveryRecordAccountedIT extends InboxRunTest {

    @Test
    void everyRowAfterAnUnterminatedQuoteIsRejectedNotLost() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            String row = runs.drops.row("A-" + n, n, "APPLIED", "광주", "2021-03-01 09:00:00");
            rows.add(n == 4 ? row.replace(",광주,", ",\"광주,") : row);
        }
        runs.drops.csv("enrollment_20210301.csv", rows.toArray(String[]::new));

        Cli run = runs.run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(WarehouseQueries.query(runs.data, "select rows_loaded, rows_rejected from etl_drops"))
                .containsExactly(List.of("3", "7"));
        assertThat(WarehouseQueries.query(runs.data, "select record_no, rule from etl_rejects order by 1"))
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("5 malformed_record", "6 malformed_record", "7 malformed_record",
                        "8 malformed_record", "9 malformed_record", "10 malformed_record", "11 malformed_record");
        assertThat(WarehouseQueries.query(runs.data, "select detail from etl_rejects where record_no = 5"))
                .allSatisfy(r -> assertThat(r.get(0)).startsWith("the CSV cannot be split into records from line 5"));
    }

    @Test
    void theElementAfterOneNestedTenThousandDeepIsLoaded() throws Exception {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        write("awards/awards_20210630.json", "[" + award("AW-1") + ",\n" + deep + ",\n" + award("AW-3") + "]\n");

        Cli run = runs.run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(WarehouseQueries.query(runs.data, "select award_id from fact_award order by 1"))
                .containsExactly(List.of("AW-1"), List.of("AW-3"));
        assertThat(WarehouseQueries.query(runs.data, "select record_no, rule from etl_rejects"))
                .containsExactly(List.of("2", "malformed_record"));
    }

    @Test
    void aJsonArrayThatCannotBeSplitIntoElementsRejectsItsDropNamingThePosition() throws Exception {
        write("awards/awards_20210630.json", "[" + award("AW-1") + ",\n" + award("AW-2") + "}]\n");
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));

        Cli run = runs.run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(WarehouseQueries.query(runs.data, "select drop_name, status, reason from etl_drops order by 1"))
                .containsExactly(List.of("awards_20210630.json", "REJECTED", "awards_20210630.json cannot be read: "
                                + "its JSON array cannot be split into elements: a } closes what was never opened at "
                                + "line 2, column " + (award("AW-2").length() + 1) + " (element 2); the elements "
                                + "after it cannot be told apart"),
                        Arrays.asList("enrollment_20210301.csv", "LOADED", null));
    }

    private void write(String file, String content) throws Exception {
        Path path = runs.inbox.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static String award(String id) {
        return "{\"award_id\":\"" + id + "\",\"event\":{\"name\":\"해커톤\",\"held_on\":\"2021-06-01\"},"
                + "\"team\":{\"name\":\"T\",\"members\":[\"A-1\"]},\"cohort\":1,\"rank\":\"우수상\","
                + "\"prize_krw\":0}";
    }
}
