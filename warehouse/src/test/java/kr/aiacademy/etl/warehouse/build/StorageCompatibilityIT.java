package kr.aiacademy.etl.warehouse.build;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DuckDB 1.4 client (the long-term-support line many BI drivers ship) opens the warehouse the build writes. The
 * 1.4 driver cannot share a class path with 2.0, so a child JVM runs {@code compat/ReadWarehouse.java} with only
 * the 1.4 jar, which the build copies into {@code target/duckdb-1.4/}.
 */
class StorageCompatibilityIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    Path dir;

    @Test
    void aDuckDb14ClientReadsTheKpisCommentsAndKeysOfABuiltWarehouse() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, APPLIED, 11, "p2", T0), application("B1", 2, APPLIED, 29, "p3", T0)));
        Path warehouse = lake.build(dir.resolve("warehouse/warehouse.duckdb"));

        Child child = readWithDuckDb14(warehouse);

        assertThat(child.exitCode()).as(child.output()).isZero();
        assertThat(child.output().lines()).startsWith("version v1.4.4").contains(
                "kpi_cohort 1 2 1 1",
                "kpi_cohort 2 1 0 0",
                "comment One row per application: its current state (latest updated_at wins)",
                "foreign key cohort_key -> dim_cohort.cohort_key",
                "foreign key trainee_key -> dim_trainee.trainee_key",
                "foreign key region_key -> dim_region.region_key");
    }

    @Test
    void aFileInDuckDb2sOwnStorageFormatIsRefusedByDuckDb14() throws Exception {
        Path file = dir.resolve("default-format.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("create table kpi_cohort as select 1 as cohort");
            statement.execute("checkpoint");
        }

        Child child = readWithDuckDb14(file);

        assertThat(child.exitCode()).isEqualTo(1);
        assertThat(child.output()).contains("version number").doesNotContain("kpi_cohort 1");
    }

    private record Child(int exitCode, String output) {
    }

    private Child readWithDuckDb14(Path warehouse) throws IOException, InterruptedException, URISyntaxException {
        String jar = System.getProperty("duckdb14.jar");
        assertThat(jar).as("system property duckdb14.jar (set by the warehouse pom)").isNotNull();
        assertThat(Path.of(jar)).exists();
        Path source = Path.of(StorageCompatibilityIT.class.getResource("/compat/ReadWarehouse.java").toURI());
        Path output = dir.resolve("child.out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar, source.toString(), warehouse.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the DuckDB 1.4 child did not end within 2 minutes: "
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Child(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
