package kr.aiacademy.etl.warehouse.kpi;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.ENROLLED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.Rows;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two published runs with a new drop in between: the history has both, the changes name the difference and why. */
class KpiHistoryTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    Path dir;

    private final List<DropAudit> drops = new ArrayList<>();

    @Test
    void eachPublishedRunIsKeptAndTheChangesSinceThePreviousRunNameTheDropsThatCameIn() throws Exception {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        Files.createDirectories(dir.resolve("lake"));
        Path history = dir.resolve("history");
        lake.drop("enrollment_20210301.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, ENROLLED, 29, "p2", T0), application("A3", 1, APPLIED, 11, "p3", T0)));
        loaded("enrollment_20210301.csv");
        Path first = build(lake, 1, "2021-03-02T02:00:00+09:00", history);
        assertThat(KpiHistory.keep(first, history)).contains(1L);

        lake.drop("enrollment_20210302.csv", List.of(application("A2", 1, COMPLETED, 29, "p2", T0.plusDays(1))));
        loaded("enrollment_20210302.csv");
        Path second = build(lake, 2, "2021-03-03T02:00:00+09:00", history);
        KpiHistory.keep(second, history);

        assertThat(history.resolve("kpi_cohort/1.parquet")).exists();
        assertThat(history.resolve("kpi_cohort/2.parquet")).exists();
        assertThat(query(second, "select execution_id, job_name, cohort, completers, completion_rate, local_share "
                + "from kpi_cohort_history order by execution_id"))
                .containsExactly("1|nightlyLoadJob|1|1|0.5000|1.0000", "2|nightlyLoadJob|1|2|1.0000|1.0000");
        assertThat(query(second, "select epoch(as_of)::bigint from kpi_cohort_history order by execution_id"))
                .containsExactly(epoch("2021-03-02T02:00:00+09:00"), epoch("2021-03-03T02:00:00+09:00"));
        assertThat(query(second, "select execution_id, previous_execution_id, cohort, kpi, previous_value, value, "
                + "change, drops_in, drops_out from kpi_cohort_changes order by kpi"))
                // A2 completed: the counts and the rate that moved, nothing else (local share stays 1, the
                // outcome rate 0)
                .containsExactly(
                        "2|1|1|completers|1.0000|2.0000|1.0000|enrollment/enrollment_20210302.csv|null",
                        "2|1|1|completion_rate|0.5000|1.0000|0.5000|enrollment/enrollment_20210302.csv|null",
                        "2|1|1|local_completers|1.0000|2.0000|1.0000|enrollment/enrollment_20210302.csv|null");
    }

    @Test
    void aBuildOutsideAJobKeepsNothing() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        lake.drop("enrollment_20210301.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0)));
        Path warehouse = lake.build(dir.resolve("warehouse.duckdb"));

        assertThat(KpiHistory.keep(warehouse, dir.resolve("history"))).isEmpty();
        assertThat(query(warehouse, "select count(*) from kpi_cohort_history")).containsExactly("0");
        try (var files = Files.list(dir.resolve("history/kpi_cohort"))) {
            assertThat(files).isEmpty();
        }
    }

    private void loaded(String dropName) {
        drops.add(new DropAudit("enrollment", dropName, "sha-" + dropName, "LOADED", 1L, 0L, null, null, null, 10L,
                LocalDate.of(2021, 3, 1), T0, T0));
    }

    private Path build(LakeFixture lake, long execution, String at, Path history) throws Exception {
        Path target = dir.resolve("warehouse-" + execution + ".duckdb");
        new WarehouseBuilder().build(lake.input(drops, KpiHistoryFiles.in(history),
                new BuildRun(execution, "nightlyLoadJob", OffsetDateTime.parse(at), SEOUL)), target);
        return target;
    }

    private static String epoch(String at) {
        return Long.toString(OffsetDateTime.parse(at).toEpochSecond());
    }

    private static List<String> query(Path warehouse, String sql) throws Exception {
        try (Connection connection = WarehouseReader.open(warehouse)) {
            return Rows.of(connection, sql);
        }
    }
}
