package kr.aiacademy.etl.warehouse.query;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What one DuckDB instance of this process may use: a memory limit, a number of threads and, for builds, the
 * folder it spills to when the limit is reached. A null field leaves DuckDB's own default (80 % of the machine's
 * memory, one thread per core, a {@code .tmp} folder beside the database file).
 *
 * @param memoryLimitBytes {@code memory_limit}
 * @param threads          {@code threads}
 * @param spillDirectory   {@code temp_directory} of a build (readers do not spill: a reader's data directory may
 *                         be read-only)
 */
public record DuckDbResources(Long memoryLimitBytes, Integer threads, Path spillDirectory) {

    /** DuckDB's own defaults. */
    public static final DuckDbResources DUCKDB_DEFAULTS = new DuckDbResources(null, null, null);

    private static final long MIB = 1024 * 1024;

    /** The settings of a reader's connection. */
    void applyToReader(Properties properties) {
        if (memoryLimitBytes != null) {
            properties.setProperty("memory_limit", Math.max(1, memoryLimitBytes / MIB) + "MiB");
        }
        if (threads != null) {
            properties.setProperty("threads", threads.toString());
        }
    }

    /** The settings of a build's connection: a reader's, and where it spills. */
    void applyToBuild(Properties properties) {
        applyToReader(properties);
        if (spillDirectory != null) {
            properties.setProperty("temp_directory", spillDirectory.toAbsolutePath().toString());
        }
    }
}
