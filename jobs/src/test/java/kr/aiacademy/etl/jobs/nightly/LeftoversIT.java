package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;

/** What interrupted runs leave in the data directory is removed at the next run's start; nothing else is. */
class LeftoversIT extends InboxRunTest {

    @Test
    void staleBuildsTheirSpillPartialLandingCopiesAndTemporaryFilesAreRemovedAtTheNextRunsStart() throws Exception {
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        assertThat(runs.run().status()).isZero();
        List<Path> kept = files(runs.data.resolve("landing"));
        Path warehouse = runs.data.resolve("warehouse");
        List<Path> leftovers = List.of(
                copy(warehouse.resolve("warehouse.duckdb"), warehouse.resolve(".warehouse.duckdb.job7.building")),
                write(warehouse.resolve(".warehouse.duckdb.job7.building.wal")),
                write(warehouse.resolve(".spill/duckdb_temp_storage_S32K-0.tmp")),
                write(runs.data.resolve("landing/enrollment/" + "ab".repeat(32) + "/enrollment_20210302.csv")),
                write(runs.data.resolve("landing/.incoming/drop-123/enrollment_20210303.csv")),
                write(runs.data.resolve("landing/.pull/sis_applications_20210304.csv")),
                write(runs.data.resolve("lake/enrollment/ingest_date=2021-03-04/." + "cd".repeat(32) + ".parquet.tmp")),
                write(runs.data.resolve("rejects/enrollment/." + "cd".repeat(32) + ".parquet.tmp")));
        runs.drops.csv("enrollment_20210305.csv", runs.drops.row("A-2", 2, "APPLIED", "광주", "2021-03-05 09:00:00"));

        Cli next = runs.run();

        assertThat(next.status()).as(next.err()).isZero();
        assertThat(next.out()).contains("removed 8 leftover(s) of interrupted runs (");
        assertThat(leftovers).allSatisfy(leftover -> assertThat(leftover).doesNotExist());
        assertThat(warehouse.resolve(".spill")).doesNotExist();
        assertThat(runs.data.resolve("landing/enrollment/" + "ab".repeat(32))).doesNotExist();
        assertThat(files(runs.data.resolve("landing"))).containsAll(kept).hasSize(kept.size() + 1);
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from fact_application"))
                .containsExactly(List.of("2"));
        assertThat(runs.run().out()).doesNotContain("leftover");
    }

    private static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "left over");
    }

    private static Path copy(Path from, Path to) throws Exception {
        return Files.copy(from, to);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
