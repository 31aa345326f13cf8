package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./etl run} with no inbox loads the bundled demo inbox and reproduces the contract's figures. */
class DemoLoadIT {

    @TempDir
    Path data;

    @Test
    void demoInboxReproducesTheEnrollmentFigures() throws Exception {
        Cli run = Cli.run("run", "--data-dir", data.toString());

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("COMPLETED").contains("Drops: 8 seen, 7 loaded, 1 duplicate, 0 rejected")
                .contains("kpi_cohort (");
        assertThat(WarehouseQueries.query(data, "select cohort, planned_hours, applicants, admitted, "
                + "competition_ratio, completers, completion_rate, local_completers, local_share "
                + "from kpi_cohort order by cohort"))
                .containsExactly(
                        List.of("1", "960", "1160", "200", "5.80", "155", "0.7750", "73", "0.4710"),
                        Arrays.asList("2", "1120", "609", "180", "3.38", "0", null, "0", null));
        assertThat(WarehouseQueries.query(data, "select status, count(*) from etl_drops group by all order by 1"))
                .containsExactly(List.of("DUPLICATE", "1"), List.of("LOADED", "7"));
        assertThat(WarehouseQueries.query(data, "select drop_name, rule from etl_rejects order by drop_name, "
                + "record_no")).hasSize(7).contains(
                        List.of("enrollment_20201005.zip", "invalid_rrn"),
                        List.of("enrollment_20201005.zip", "unknown_region"),
                        List.of("enrollment_20201005.zip", "status_before_applied"),
                        List.of("enrollment_20201005.zip", "unknown_status"),
                        List.of("enrollment_20201005.zip", "missing_value"),
                        List.of("enrollment_20210520.csv", "unknown_region"),
                        List.of("enrollment_20210520.csv", "invalid_rrn"));
        assertThat(Files.exists(data.resolve("warehouse/warehouse.duckdb.wal"))).isFalse();
    }

    @Test
    void runningTwiceGivesTheSameWarehouse() throws Exception {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
        String first = WarehouseSnapshot.of(data);

        Cli second = Cli.run("run", "--data-dir", data.toString(), "--quiet");

        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("\"seen\":0");
        assertThat(WarehouseSnapshot.of(data)).isEqualTo(first).contains("## fact_application");
    }
}
