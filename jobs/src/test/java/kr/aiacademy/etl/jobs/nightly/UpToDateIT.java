package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;

/**
 * A night with nothing new does not rebuild: the published warehouse stays the same file and the run says so; any
 * change of the ledger (a new drop, a rejected one) rebuilds it.
 */
class UpToDateIT extends InboxRunTest {

    @Test
    void aRunWithNothingNewKeepsThePublishedWarehouseAndAnyLedgerChangeRebuildsIt() throws Exception {
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        assertThat(runs.run().status()).isZero();
        Path published = runs.data.resolve("warehouse/warehouse.duckdb");
        Object first = fileKey(published);

        Cli nothingNew = runs.run();

        assertThat(nothingNew.status()).as(nothingNew.err()).isZero();
        assertThat(nothingNew.out()).contains("the warehouse is up to date: it was built from these drops already")
                .doesNotContain("warehouseBuildStep").contains("kpiExtractStep");
        assertThat(fileKey(published)).as("the same published file").isEqualTo(first);

        runs.drops.bytes("enrollment_20210302.csv", "not,the,header\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        Cli rejected = runs.run();

        assertThat(rejected.status()).as(rejected.err()).isZero();
        assertThat(rejected.out()).contains("warehouseBuildStep").doesNotContain("up to date");
        assertThat(fileKey(published)).isNotEqualTo(first);
        assertThat(WarehouseQueries.query(runs.data, "select status from etl_drops where drop_name = 'enrollment_20210302.csv'"))
                .containsExactly(List.of("REJECTED"));

        runs.drops.csv("enrollment_20210303.csv", runs.drops.row("A-2", 2, "APPLIED", "광주", "2021-03-03 09:00:00"));
        Cli next = runs.run();

        assertThat(next.out()).contains("warehouseBuildStep").doesNotContain("up to date");
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from fact_application"))
                .containsExactly(List.of("2"));
    }

    private static Object fileKey(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
