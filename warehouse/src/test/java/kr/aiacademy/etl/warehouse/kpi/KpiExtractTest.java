package kr.aiacademy.etl.warehouse.kpi;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.Rows;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiExtractTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    Path dir;

    @Test
    void writesEachExtractAsCsvAndParquetIntoTheFolderAndCountsItsRows() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, APPLIED, 29, "p2", T0)));
        Path warehouse = lake.build(dir.resolve("warehouse/warehouse.duckdb"));
        Path folder = Files.createDirectories(dir.resolve("exports/2021-03-01"));

        Map<String, Long> rows;
        try (Connection connection = WarehouseReader.openWritingTo(warehouse, folder)) {
            rows = KpiExtract.write(connection, folder, List.of(Extract.view("kpi_cohort"),
                    new Extract("budget_years", "select fiscal_year from kpi_budget")));
        }

        assertThat(rows).containsExactly(Map.entry("kpi_cohort", 1L), Map.entry("budget_years", 0L));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("kpi_cohort.csv",
                    "kpi_cohort.parquet", "budget_years.csv", "budget_years.parquet");
        }
        assertThat(Files.readString(folder.resolve("kpi_cohort.csv"))).startsWith("cohort,");
        assertThat(Files.readString(folder.resolve("budget_years.csv"))).isEqualTo("fiscal_year\r\n");
        assertThat(parquet(folder.resolve("kpi_cohort.parquet"), "select cohort, applicants, completers"))
                .containsExactly("1|2|1");
    }

    static List<String> parquet(Path file, String select) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return Rows.of(connection, select + " from read_parquet('" + file + "')");
        }
    }
}
