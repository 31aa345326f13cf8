package kr.aiacademy.etl.jobs.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kr.aiacademy.etl.warehouse.query.DuckDb;

/**
 * A small published warehouse for shell tests, in a data directory that also holds what the sandbox must keep
 * out of reach: a raw landing copy with personal data and the pseudonym key.
 */
record ShellWarehouse(Path dataDir, Path file, Path landing, Path key) {

    static ShellWarehouse create(Path dataDir) throws SQLException, IOException {
        Path file = dataDir.resolve("warehouse/warehouse.duckdb");
        Files.createDirectories(file.getParent());
        try (Connection connection = DuckDb.openForBuild(file); Statement sql = connection.createStatement()) {
            sql.execute("create table dim_region (region_key integer primary key, name_ko varchar)");
            sql.execute("create schema build"); // the build's own state: not listed
            sql.execute("create table build.stg_region (region_key integer, lake_file varchar)");
            sql.execute("insert into dim_region values (11, '서울특별시'), (29, '광주광역시'), (-1, null)");
            sql.execute("create table kpi_base as select range as cohort, range * 1.5 as ratio from range(1, 101)");
            sql.execute("create view kpi_cohort as select cohort, ratio::decimal(8,2) as competition_ratio "
                    + "from kpi_base");
            sql.execute("comment on table dim_region is 'One row per province (시·도)'");
            sql.execute("comment on column dim_region.name_ko is 'Official Korean name'");
            sql.execute("comment on view kpi_cohort is 'One row per cohort'");
            sql.execute("checkpoint");
        }
        Path landing = dataDir.resolve("landing/enrollment/abc/enrollment_20210301.csv");
        Files.createDirectories(landing.getParent());
        Files.writeString(landing, "applicant_id,name,rrn\nA1-0001,김민준,900101-1234567\n");
        Path key = dataDir.resolve("state/pii.key");
        Files.createDirectories(key.getParent());
        Files.writeString(key, "the-secret-pseudonym-key-0123456789");
        return new ShellWarehouse(dataDir, file, landing, key);
    }
}
