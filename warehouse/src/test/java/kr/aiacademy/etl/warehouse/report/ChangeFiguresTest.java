package kr.aiacademy.etl.warehouse.report;

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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.kpi.KpiHistory;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published runs one after another: the report compares the run that built the warehouse with the one before. */
class ChangeFiguresTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);
    private static final ReportRun RUN = new ReportRun("nightlyLoadJob", 3, "COMPLETED", "1 drop(s) loaded",
            "day 2021-03-04", ZonedDateTime.of(2021, 3, 4, 2, 0, 9, 0, SEOUL), Map.of());

    @TempDir
    Path dir;

    private final List<DropAudit> drops = new ArrayList<>();

    @Test
    void theFirstRunHasNothingToCompareWith() throws Exception {
        LakeFixture lake = lake();

        ChangeFigures changes = read(publish(lake, 1, "2021-03-02T02:00:00+09:00"));

        assertThat(changes.previousRun()).isNull();
        assertThat(changes.changes()).isEmpty();
    }

    @Test
    void aRunWithoutNewDropsNamesThePreviousRunAndNoChange() throws Exception {
        LakeFixture lake = lake();
        publish(lake, 1, "2021-03-02T02:00:00+09:00");

        Path second = publish(lake, 2, "2021-03-03T02:00:00+09:00");

        ChangeFigures changes = read(second);
        assertThat(changes.previousRun()).isEqualTo("#1 (2021-03-02 02:00:00 KST)");
        assertThat(changes.changes()).isEmpty();
        String report = Files.readString(MorningReport.write(second, RUN, dir.resolve("out")).get(0));
        assertThat(report).contains("<span id=\"previous-run\">#1 (2021-03-02 02:00:00 KST)</span>: 바뀐 지표 없음");
    }

    @Test
    void aRunWithANewDropShowsEachFigureThatMovedInItsUnitAndTheDropThatCameIn() throws Exception {
        LakeFixture lake = lake();
        publish(lake, 1, "2021-03-02T02:00:00+09:00");
        lake.drop("enrollment_20210302.csv", List.of(application("A2", 1, COMPLETED, 29, "p2", T0.plusDays(1))));
        loaded("enrollment_20210302.csv");

        ChangeFigures changes = read(publish(lake, 2, "2021-03-03T02:00:00+09:00"));

        assertThat(changes.changes()).extracting(c -> c.kpi() + " " + c.before() + " → " + c.now() + " (" + c.change()
                + ") in " + c.dropsIn() + ", out " + c.dropsOut()).containsExactly(
                        "completers 1 → 2 (1) in enrollment/enrollment_20210302.csv, out –",
                        "completion_rate 50.0 % → 100.0 % (50.0 %) in enrollment/enrollment_20210302.csv, out –",
                        "local_completers 1 → 2 (1) in enrollment/enrollment_20210302.csv, out –");
    }

    private LakeFixture lake() throws Exception {
        LakeFixture lake = new LakeFixture(Files.createDirectories(dir.resolve("lake")));
        lake.drop("enrollment_20210301.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, ENROLLED, 29, "p2", T0)));
        loaded("enrollment_20210301.csv");
        return lake;
    }

    private void loaded(String dropName) {
        drops.add(new DropAudit("enrollment", dropName, "sha-" + dropName, "LOADED", 1L, 0L, null, null, null, 10L,
                LocalDate.of(2021, 3, 1), T0, T0));
    }

    /** Builds the warehouse of a run and keeps its figures, as the publish step does. */
    private Path publish(LakeFixture lake, long execution, String at) throws Exception {
        Path history = dir.resolve("history");
        Path target = dir.resolve("warehouse-" + execution + ".duckdb");
        new WarehouseBuilder().build(lake.input(drops, KpiHistoryFiles.in(history),
                new BuildRun(execution, "nightlyLoadJob", OffsetDateTime.parse(at), SEOUL)), target);
        KpiHistory.keep(target, history);
        return target;
    }

    private static ChangeFigures read(Path warehouse) throws Exception {
        try (Connection connection = WarehouseReader.open(warehouse)) {
            return ChangeFigures.read(connection, RUN);
        }
    }
}
