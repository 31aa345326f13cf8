package kr.aiacademy.etl.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nightly loads with a new drop in between: the history keeps both, the changes name the drop. */
class KpiHistoryIT {

    @TempDir
    Path dir;

    @Test
    void theSecondRunShowsWhatChangedSinceTheFirstAndWhichDropCameIn() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "COMPLETED", "광주", "2021-03-01 09:00:00"),
                drops.row("A-2", 2, "ENROLLED", "서울", "2021-03-01 09:00:00"));
        assertThat(run(inbox, data).status()).isZero();
        drops.csv("enrollment_20210302.csv", drops.row("A-2", 2, "COMPLETED", "서울", "2021-03-02 09:00:00"));

        assertThat(run(inbox, data).status()).isZero();

        assertThat(WarehouseQueries.query(data, "select completers, local_share from kpi_cohort_history "
                + "order by as_of")).containsExactly(List.of("1", "1.0000"), List.of("2", "0.5000"));
        assertThat(WarehouseQueries.query(data, "select kpi, previous_value, value, drops_in from kpi_cohort_changes "
                + "where execution_id = (select execution_id from etl_build) order by kpi"))
                .containsExactly(
                        List.of("completers", "1.0000", "2.0000", "enrollment/enrollment_20210302.csv"),
                        List.of("completion_rate", "0.5000", "1.0000", "enrollment/enrollment_20210302.csv"),
                        List.of("local_share", "1.0000", "0.5000", "enrollment/enrollment_20210302.csv"));
        try (Stream<Path> snapshots = Files.list(data.resolve("history/kpi_cohort"))) {
            assertThat(snapshots).hasSize(2);
        }
    }

    private static Cli run(Path inbox, Path data) {
        return Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet");
    }
}
