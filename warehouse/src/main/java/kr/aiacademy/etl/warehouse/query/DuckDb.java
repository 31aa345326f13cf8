package kr.aiacademy.etl.warehouse.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens DuckDB files for writing; readers go through {@link WarehouseReader}. */
public final class DuckDb {

    /**
     * The storage format written: DuckDB 1.4, the long-term-support line that many BI drivers still ship, cannot
     * open files in the 2.0 format.
     */
    static final String STORAGE_VERSION = "v1.4.0";

    private DuckDb() {
    }

    /** The write-ahead log DuckDB keeps beside a database file until it is checkpointed. */
    public static Path writeAheadLog(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    /** A read-write connection, for building a new file that nobody else reads yet, with DuckDB's defaults. */
    public static Connection openForBuild(Path file) throws SQLException {
        return openForBuild(file, DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** A read-write connection, for building a new file that nobody else reads yet, within the given resources. */
    public static Connection openForBuild(Path file, DuckDbResources resources) throws SQLException {
        Properties properties = new Properties();
        resources.applyToBuild(properties);
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "true");
        properties.setProperty("storage_compatibility_version", STORAGE_VERSION);
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }
}
