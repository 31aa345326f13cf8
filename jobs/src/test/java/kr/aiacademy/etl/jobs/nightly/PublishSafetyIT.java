package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build never touches the published warehouse, and readers keep reading while loads publish. */
class PublishSafetyIT {

    @TempDir
    Path dir;

    private Path inbox;
    private Path data;
    private TestInbox drops;
    private InboxRuns runs;

    @BeforeEach
    void setUp() throws Exception {
        runs = new InboxRuns(dir);
        inbox = runs.inbox;
        data = runs.data;
        drops = runs.drops;
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        assertThat(run().status()).isZero();
    }

    private Cli run() throws Exception {
        return runs.run();
    }

    @Test
    void aFailedBuildLeavesThePublishedFileByteForByteAndItsReadersWorking() throws Exception {
        Path published = WarehouseQueries.published(data);
        String before = sha256(published);
        try (Connection reader = WarehouseReader.open(published)) {
            breakTheLakeFileOf("enrollment_20210301.csv");

            // a full build reads every lake file (a night's update reads only the new ones)
            Cli failed = Cli.run("rebuild", "--data-dir", data.toString(), "--quiet");
            DropInvariants.hold(data);

            assertThat(failed.status()).isEqualTo(1);
            assertThat(failed.out()).contains("\"status\":\"FAILED\"").contains("warehouseBuildStep");
            assertThat(sha256(published)).isEqualTo(before);
            assertThat(WarehouseQueries.query(reader, "select count(*) from fact_application"))
                    .containsExactly(List.of("1"));
        }
        try (Stream<Path> files = Files.list(published.getParent())) {
            assertThat(files).containsExactly(published);
        }
    }

    @Test
    void aReaderOpenedBeforeARunKeepsWorkingAfterItPublishes() throws Exception {
        Path published = WarehouseQueries.published(data);
        drops.csv("enrollment_20210302.csv", drops.row("A-2", 1, "APPLIED", "광주", "2021-03-02 09:00:00"));
        try (Connection reader = WarehouseReader.open(published)) {

            assertThat(run().status()).isZero();

            assertThat(WarehouseQueries.query(reader, "select applicants from kpi_cohort"))
                    .containsExactly(List.of("1"));
        }
        assertThat(WarehouseQueries.query(data, "select applicants from kpi_cohort")).containsExactly(List.of("2"));
    }

    private void breakTheLakeFileOf(String dropName) throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("lake"))) {
            Path file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.writeString(file, "this is not parquet any more: " + dropName);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
