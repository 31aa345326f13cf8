package kr.aiacademy.etl.warehouse.build;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys the model files declare reach BI tools through the JDBC metadata of a connection made from the URL. */
class DeclaredKeysTest {

    @TempDir
    static Path dir;

    private static Path target;

    @BeforeAll
    static void buildWarehouse() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        LocalDateTime t0 = LocalDateTime.of(2020, 9, 1, 9, 0);
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", t0),
                application("A2", 2, APPLIED, 46, "p2", t0)));
        target = lake.build(dir.resolve("warehouse.duckdb"));
    }

    @Test
    void everyDimensionFactAndHistoryTableHasItsPrimaryKeyInTheJdbcMetadata() throws Exception {
        try (Connection connection = DriverManager.getConnection(WarehouseReader.url(target))) {
            assertThat(primaryKeys(connection.getMetaData())).isEqualTo(new TreeMap<>(Map.ofEntries(
                    Map.entry("dim_region", List.of("region_key")),
                    Map.entry("dim_cohort", List.of("cohort_key")),
                    Map.entry("dim_trainee", List.of("trainee_key")),
                    Map.entry("dim_employer", List.of("employer_key")),
                    Map.entry("dim_event", List.of("event_key")),
                    Map.entry("dim_funding_source", List.of("funding_source_key")),
                    Map.entry("dim_budget_line", List.of("budget_line_key")),
                    Map.entry("fact_application", List.of("application_key")),
                    Map.entry("fact_employment_outcome", List.of("outcome_key")),
                    Map.entry("fact_award", List.of("award_key")),
                    Map.entry("bridge_award_member", List.of("award_key", "applicant_id")),
                    Map.entry("fact_budget", List.of("budget_key")),
                    Map.entry("kpi_cohort_history", List.of("execution_id", "cohort")),
                    Map.entry("kpi_run_drops", List.of("execution_id", "sha256")))));
        }
    }

    @Test
    void factsImportTheKeysOfTheirDimensionsButNotTheUnknownApplication() throws Exception {
        try (Connection connection = DriverManager.getConnection(WarehouseReader.url(target))) {
            assertThat(importedKeys(connection.getMetaData())).containsExactlyInAnyOrder(
                    "dim_employer.region_key -> dim_region.region_key",
                    "fact_application.cohort_key -> dim_cohort.cohort_key",
                    "fact_application.trainee_key -> dim_trainee.trainee_key",
                    "fact_application.region_key -> dim_region.region_key",
                    "fact_employment_outcome.employer_key -> dim_employer.employer_key",
                    "fact_award.event_key -> dim_event.event_key",
                    "fact_award.cohort_key -> dim_cohort.cohort_key",
                    "bridge_award_member.award_key -> fact_award.award_key",
                    "fact_budget.funding_source_key -> dim_funding_source.funding_source_key",
                    "fact_budget.budget_line_key -> dim_budget_line.budget_line_key");
        }
    }

    @Test
    void referencedTablesStillCarryTheirComments() throws Exception {
        try (Connection connection = DriverManager.getConnection(WarehouseReader.url(target));
                ResultSet rs = connection.getMetaData().getTables(null, "main", "dim_region", null)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("REMARKS")).startsWith("One row per province or metropolitan city");
        }
    }

    /** Each table's primary key columns in key order; tables without one are left out. */
    private static Map<String, List<String>> primaryKeys(DatabaseMetaData meta) throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        for (String table : tables(meta)) {
            try (ResultSet rs = meta.getPrimaryKeys(null, "main", table)) {
                TreeMap<Integer, String> columns = new TreeMap<>();
                while (rs.next()) {
                    columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
                if (!columns.isEmpty()) {
                    keys.put(table, List.copyOf(columns.values()));
                }
            }
        }
        return keys;
    }

    private static List<String> importedKeys(DatabaseMetaData meta) throws SQLException {
        List<String> keys = new ArrayList<>();
        for (String table : tables(meta)) {
            try (ResultSet rs = meta.getImportedKeys(null, "main", table)) {
                while (rs.next()) {
                    keys.add(rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME") + " -> "
                            + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
                }
            }
        }
        return keys;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, "main", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).contains("dim_region", "fact_application", "etl_drop_log");
        return tables;
    }
}
