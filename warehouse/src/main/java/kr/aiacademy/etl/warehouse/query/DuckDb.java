package kr.aiacademy.etl.warehouse.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens DuckDB files the way this project uses them. */
public final class DuckDb {

    private DuckDb() {
    }

    /** The JDBC URL a reader (a BI tool, {@code ./etl sql}) uses for the published warehouse. */
    public static String readOnlyUrl(Path file) {
        return "jdbc:duckdb:" + file.toAbsolutePath() + "?duckdb.read_only=true";
    }

    /** A read-only connection: never locks out other readers, never writes. */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    /** A read-write connection, for building a new file that nobody else reads yet. */
    public static Connection openForBuild(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }
}
