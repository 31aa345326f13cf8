package kr.aiacademy.etl.warehouse.query;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.Rows;
import kr.aiacademy.etl.warehouse.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a BI tool gets from {@link WarehouseReader#url}: the URL alone, no Properties, a pool that reconnects. */
class WarehouseUrlTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    Path dir;

    @Test
    void theUrlAloneOpensThePublishedFileReadOnlyWithEveryTableAndView() throws Exception {
        Path published = build("lake", 1, dir.resolve("warehouse/warehouse.duckdb"));

        try (Connection connection = DriverManager.getConnection(WarehouseReader.url(published))) {
            assertThat(tables(connection)).containsExactlyInAnyOrder(
                    "TABLE dim_region", "TABLE dim_cohort", "TABLE dim_trainee", "TABLE dim_employer",
                    "TABLE dim_event", "TABLE dim_funding_source", "TABLE dim_budget_line",
                    "TABLE fact_application", "TABLE fact_employment_outcome", "TABLE fact_award",
                    "TABLE bridge_award_member", "TABLE fact_budget", "TABLE etl_drop_log", "TABLE etl_reject_log",
                    "TABLE etl_quality_issues", "TABLE etl_freshness_log", "TABLE etl_build", "TABLE kpi_cohort_history", "TABLE kpi_run_drops",
                    "TABLE kpi_cohort", "TABLE kpi_budget", "VIEW kpi_definitions", "TABLE kpi_cohort_rates",
                    "VIEW kpi_cohort_total", "VIEW kpi_budget_execution", "VIEW kpi_cohort_changes",
                    "VIEW etl_drops", "VIEW etl_rejects", "VIEW etl_freshness");
            assertThat(Rows.of(connection, "select count(*) from fact_application")).containsExactly("1");
            assertThatThrownBy(() -> Rows.of(connection, "create table scratch as select 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains("?"))).isEmpty();
        }
        try (Stream<Path> files = Files.list(published.getParent())) {
            assertThat(files).containsExactly(published);
        }
    }

    @Test
    void aPooledReaderSeesANewPublishOnItsNextConnectionWhileTheOpenOneKeepsTheOldState() throws Exception {
        Path published = build("lake-1", 1, dir.resolve("warehouse/warehouse.duckdb"));
        String url = WarehouseReader.url(published);

        try (Connection old = DriverManager.getConnection(url)) {
            assertThat(applications(old)).isEqualTo("1");
            Publisher.publish(build("lake-2", 2, Publisher.buildPath(published, "run2")), published);

            try (Connection next = DriverManager.getConnection(url)) {
                assertThat(applications(next)).isEqualTo("2");
            }
            assertThat(applications(old)).isEqualTo("1");
        }
    }

    @Test
    void withoutTheInstanceCacheOptionANewConnectionKeepsReadingTheReplacedFile() throws Exception {
        Path published = build("lake-1", 1, dir.resolve("warehouse/warehouse.duckdb"));
        String cached = "jdbc:duckdb:" + published + ";access_mode=READ_ONLY";
        assertThat(WarehouseReader.url(published)).isEqualTo(cached + ";jdbc_instance_cache=false");

        try (Connection old = DriverManager.getConnection(cached)) {
            Publisher.publish(build("lake-2", 2, Publisher.buildPath(published, "run2")), published);

            try (Connection next = DriverManager.getConnection(cached)) {
                assertThat(applications(next)).as("the driver's cached instance of the old file").isEqualTo("1");
            }
            assertThat(applications(old)).isEqualTo("1");
        }
    }

    /** A warehouse of the given number of applications, its lake in a folder of its own. */
    private Path build(String lakeFolder, int applications, Path target) throws Exception {
        LakeFixture lake = new LakeFixture(Files.createDirectories(dir.resolve(lakeFolder)));
        List<kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord> records = new ArrayList<>();
        for (int i = 1; i <= applications; i++) {
            records.add(application("A" + i, 1, APPLIED, 29, "p" + i, T0));
        }
        lake.drop("enrollment_20200901.csv", records);
        return lake.build(target);
    }

    private static String applications(Connection connection) throws SQLException {
        return Rows.of(connection, "select count(*) from fact_application").get(0);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "main", "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_TYPE").replace("BASE ", "") + " " + rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
