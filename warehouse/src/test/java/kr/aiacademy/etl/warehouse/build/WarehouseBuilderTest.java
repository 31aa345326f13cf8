package kr.aiacademy.etl.warehouse.build;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.DROPPED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.ENROLLED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseBuilderTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    Path dir;

    private LakeFixture lake;
    private Path target;

    @BeforeEach
    void setUp() {
        lake = new LakeFixture(dir);
        target = dir.resolve("warehouse.duckdb");
    }

    @Test
    void kpiCohortCountsTheCurrentStateOfEachApplication() throws Exception {
        lake.drop("enrollment_20200901.csv", List.of(
                application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, COMPLETED, 29, "p2", T0),
                application("A3", 1, COMPLETED, 11, "p3", T0),
                application("A4", 1, DROPPED, 46, "p4", T0),
                application("A5", 1, APPLIED, 29, "p5", T0),
                application("A6", 1, APPLIED, 29, "p6", T0),
                application("A7", 1, APPLIED, 29, "p7", T0),
                application("A8", 1, APPLIED, 29, "p8", T0),
                application("A9", 1, APPLIED, 29, "p9", T0),
                application("A10", 1, APPLIED, 29, "p10", T0),
                application("B1", 2, ENROLLED, 29, "p11", T0),
                application("B2", 2, APPLIED, 29, "p12", T0),
                application("B3", 2, APPLIED, 29, "p13", T0)));

        new WarehouseBuilder().build(lake.input(), target);

        assertThat(Warehouse.query(target, "select cohort, planned_hours, applicants, admitted, competition_ratio, "
                + "completers, completion_rate, local_completers, local_share from kpi_cohort order by cohort"))
                .containsExactly(
                        List.of("1", "960", "10", "4", "2.50", "3", "0.7500", "2", "0.6667"),
                        row("2", "1120", "3", "1", "3.00", "0", null, "0", null));
    }

    @Test
    void latestUpdatedAtWinsWhateverOrderTheDropsArrive() throws Exception {
        lake.drop("enrollment_20210514.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0.plusDays(200))));
        lake.drop("enrollment_20210520.csv", List.of(application("A1", 1, ENROLLED, 29, "p1", T0.plusDays(30))));

        new WarehouseBuilder().build(lake.input(), target);

        assertThat(Warehouse.query(target, "select applicant_id, status, drop_name from fact_application"))
                .containsExactly(List.of("A1", "COMPLETED", "enrollment_20210514.csv"));
    }

    @Test
    void aCorrectionSentUnderTheSameNameWinsATieOnUpdatedAt() throws Exception {
        lake.drop("enrollment_20210301.csv", "sha-original", T0, List.of(application("A1", 1, ENROLLED, 11, "p1",
                T0)));
        lake.drop("enrollment_20210301.csv", "sha-correction", T0.plusDays(1),
                List.of(application("A1", 1, ENROLLED, 29, "p1", T0)));

        new WarehouseBuilder().build(lake.input(), target);

        assertThat(Warehouse.query(target, "select region_key from fact_application"))
                .containsExactly(List.of("29"));
    }

    @Test
    void traineeKeepsOnePseudonymAcrossCohortsWithRegionHistory() throws Exception {
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, APPLIED, 46, "same person", T0)));
        lake.drop("enrollment_20210601.csv", List.of(application("B1", 2, APPLIED, 29, "same person",
                T0.plusYears(1))));

        new WarehouseBuilder().build(lake.input(), target);

        List<List<String>> versions = Warehouse.query(target, "select person_pseudonym, region_key, is_current "
                + "from dim_trainee where trainee_key <> -1 order by valid_from");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get(0)).hasSize(64).isEqualTo(versions.get(1).get(0));
        assertThat(versions).extracting(r -> r.get(1) + "/" + r.get(2)).containsExactly("46/false", "29/true");
        assertThat(Warehouse.query(target, "select f.applicant_id, t.region_key from fact_application f "
                + "join dim_trainee t using (trainee_key) order by 1"))
                .containsExactly(List.of("A1", "46"), List.of("B1", "29"));
    }

    @Test
    void contradictoryCohortAttributesAreReportedAndTheLatestRowWins() throws Exception {
        EnrollmentRecord early = application("A1", 1, APPLIED, 29, "p1", T0);
        EnrollmentRecord late = application("A2", 1, APPLIED, 29, "p2", T0.plusDays(1));
        EnrollmentRecord changed = new EnrollmentRecord(late.applicantId(), 1, late.courseStart(), late.courseEnd(),
                1000, late.personKey(), 1995, "M", 29, APPLIED, late.appliedOn(), late.statusOn(), null, null,
                late.updatedAt());
        lake.drop("enrollment_20200901.csv", List.of(early, changed));

        BuildResult result = new WarehouseBuilder().build(lake.input(), target);

        assertThat(result.warnings()).singleElement().asString().contains("cohort 1");
        assertThat(Warehouse.query(target, "select planned_hours from dim_cohort where cohort = 1"))
                .containsExactly(List.of("1000"));
    }

    @Test
    void anEmptyLakeBuildsAnEmptyButCompleteWarehouse() throws Exception {
        BuildInput input = new BuildInput(Map.of(), List.of(), List.of(new DropAudit("enrollment",
                "enrollment_20210301.zip", "ab".repeat(32), "REJECTED", 0L, 0L, "unsafe entry path '../x.csv'",
                null, null, 10L, LocalDate.of(2021, 3, 1), T0, null)),
                List.of(new FeedFreshness("enrollment", null, null, null, null, 129_600L, 259_200L, "ERROR", T0),
                        new FeedFreshness("awards", "awards_20211215.json", LocalDate.of(2021, 12, 15), T0, 90_061L,
                                null, null, "UNCHECKED", T0.plusSeconds(90_061))),
                KpiHistoryFiles.NONE, BuildRun.unnamed());

        new WarehouseBuilder().build(input, target);

        assertThat(Warehouse.query(target, "select count(*) from kpi_cohort")).containsExactly(List.of("0"));
        assertThat(Warehouse.query(target, "select feed, drop_name, status, rows_loaded, rows_rejected, reason "
                + "from etl_drops")).containsExactly(List.of("enrollment", "enrollment_20210301.zip", "REJECTED",
                        "0", "0", "unsafe entry path '../x.csv'"));
        assertThat(Warehouse.query(target, "select feed, newest_drop, age_seconds, age, warn_after_seconds, "
                + "error_after_seconds, verdict from etl_freshness")).containsExactly(
                        java.util.Arrays.asList("enrollment", null, null, null, "129600", "259200", "ERROR"),
                        java.util.Arrays.asList("awards", "awards_20211215.json", "90061", "25:01:01", null,
                                null, "UNCHECKED"));
        assertThat(Files.exists(target.resolveSibling("warehouse.duckdb.wal"))).isFalse();
    }

    @Test
    void aCorruptLakeFileFailsTheBuildAndLeavesNoFile() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("corrupt.parquet"), "not parquet");
        BuildInput input = new BuildInput(Map.of("enrollment", List.of(corrupt)), List.of(), List.of());

        assertThatThrownBy(() -> new WarehouseBuilder().build(input, target))
                .isInstanceOf(SQLException.class).hasMessageContaining("stg_enrollment");
        assertThat(target).doesNotExist();
    }

    @Test
    void theKpiModelsAreMaterializedAsTables() throws Exception {
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, APPLIED, 29, "p1", T0)));
        new WarehouseBuilder().build(lake.input(), target);

        assertThat(Warehouse.query(target, "select 'table ' || table_name from duckdb_tables() "
                + "where table_name in ('kpi_cohort', 'kpi_budget') union all select 'view ' || view_name "
                + "from duckdb_views() where view_name in ('kpi_cohort', 'kpi_budget') order by 1"))
                .containsExactly(List.of("table kpi_budget"), List.of("table kpi_cohort"));
        assertThat(Warehouse.query(target, "select count(*) from kpi_cohort_rates")).containsExactly(List.of("6"));
    }

    @Test
    void everyTableViewAndColumnHasAComment() throws Exception {
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, APPLIED, 29, "p1", T0)));
        new WarehouseBuilder().build(lake.input(), target);

        assertThat(Warehouse.query(target, "select table_name from duckdb_tables() where comment is null "
                + "and not temporary and schema_name = 'main' union all select view_name from duckdb_views() where comment is null "
                + "and not internal and schema_name = 'main'")).isEmpty();
        assertThat(Warehouse.query(target, "select table_name || '.' || column_name from duckdb_columns() "
                + "where comment is null and schema_name = 'main' and not internal")).isEmpty();
    }

    @Test
    void aFactRowWithoutItsDimensionRowFailsTheBuildNamingTheModelAndTheKey() throws Exception {
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, APPLIED, 29, "p1", T0),
                application("A2", 1, APPLIED, 99, "p2", T0)));

        assertThatThrownBy(() -> new WarehouseBuilder().build(lake.input(), target))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("sql/facts/fact_application.sql: fact_application foreign key (region_key) "
                        + "references dim_region (region_key) does not hold for 1 row(s) (")
                .hasMessageContaining("region_key: 99")
                .hasMessageNotContaining("\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void aDuplicateDimensionKeyFailsTheBuildNamingTheModelAndTheKey() throws Exception {
        // cohort -1 would be a second row for the unknown cohort (the feed's rules reject it; the lake file here
        // is written directly)
        lake.drop("enrollment_20200901.csv", List.of(application("A1", -1, COMPLETED, 29, "p1", T0)));

        assertThatThrownBy(() -> new WarehouseBuilder().build(lake.input(), target))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("sql/dims/dim_cohort.sql: dim_cohort primary key (cohort_key) does not "
                        + "hold (")
                .hasMessageContaining("duplicates")
                .hasMessageNotContaining("\n");
        assertThat(target).doesNotExist();
    }

    private static List<String> row(String... values) {
        return java.util.Arrays.asList(values);
    }
}
