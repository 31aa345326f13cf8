package kr.aiacademy.etl.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory limit, threads and spill folder of {@link DuckDbResources} reach the DuckDB instances. */
class DuckDbResourcesTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aBuildRunsWithinItsMemoryLimitAndThreadsAndSpillsIntoItsFolder() throws Exception {
        Path spill = dir.resolve("spill");
        DuckDbResources resources = new DuckDbResources(128 * MIB, 1, spill);
        try (Connection build = DuckDb.openForBuild(dir.resolve("w.duckdb"), resources);
                Statement sql = build.createStatement()) {
            assertThat(setting(sql, "memory_limit")).isEqualTo("128.0 MiB");
            assertThat(setting(sql, "threads")).isEqualTo("1");
            assertThat(setting(sql, "temp_directory")).isEqualTo(spill.toString());
            // a sort of ~400 MB of strings, more than the limit: while its result is open, the rows that do not fit
            // are in the spill folder
            try (ResultSet sorted = sql.executeQuery("select md5(i::varchar) || repeat('x', 100) as s"
                    + " from range(3000000) t(i) order by s")) {
                assertThat(sorted.next()).isTrue();
                assertThat(spill).isDirectoryContaining(file -> file.getFileName().toString().startsWith("duckdb_temp"));
            }
        }
    }

    @Test
    void aBuildWithinItsLimitDoesNotSpill() throws Exception {
        Path spill = dir.resolve("spill");
        try (Connection build = DuckDb.openForBuild(dir.resolve("w.duckdb"), new DuckDbResources(1024 * MIB, 1, spill));
                Statement sql = build.createStatement()) {
            sql.execute("create table small as select i from range(1000) t(i) order by i desc");
        }
        assertThat(spill).doesNotExist();
    }

    @Test
    void aReaderRunsWithinItsLimitAndCannotRaiseIt() throws Exception {
        Path file = dir.resolve("r.duckdb");
        DuckDb.openForBuild(file).close();
        try (Connection reader = WarehouseReader.open(file, new DuckDbResources(256 * MIB, 2, null));
                Statement sql = reader.createStatement()) {
            assertThat(setting(sql, "memory_limit")).isEqualTo("256.0 MiB");
            assertThat(setting(sql, "threads")).isEqualTo("2");
            assertThatThrownBy(() -> sql.execute("set memory_limit = '10GB'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("configuration has been locked");
        }
    }

    private static String setting(Statement sql, String name) throws SQLException {
        try (ResultSet rs = sql.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
