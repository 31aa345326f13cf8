package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The build's own state, kept in the warehouse file beside the published models, in the schema {@code build}: the
 * lake-fed input tables with the lake file of every row ({@code stg_*}), the incremental intermediate tables
 * ({@code int_*}, {@code -- schema: build}) and {@code build.state}, the digest of the SQL and DuckDB version that
 * built them. A night updates a copy of the published file from it ({@link WarehouseUpdate}) instead of rebuilding
 * from the whole lake; it is published with the models, in the same rename, so it never disagrees with them.
 * Analysts' SQL does not list it (its tables are no part of the interface).
 */
public final class BuildState {

    public static final String SCHEMA = "build";

    private BuildState() {
    }

    /** Creates the schema and lets the build's SQL name its tables without it. */
    static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            statement.execute("set search_path = 'main," + SCHEMA + "'");
        }
    }

    /** The DuckDB version of this process, part of what a warehouse was built with (its hash keys). */
    static String duckDbVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select library_version from pragma_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void write(Connection connection, String sqlDigest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace table " + SCHEMA + ".state (sql_digest varchar not null)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA + ".state values (?)")) {
            insert.setString(1, sqlDigest);
            insert.executeUpdate();
        }
    }

    /** The SQL digest a warehouse's state was built with; null when it has none (built before it was kept). */
    static String sqlDigest(Connection warehouse) throws SQLException {
        try (Statement statement = warehouse.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from duckdb_tables() where schema_name = '"
                        + SCHEMA + "' and table_name = 'state'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return null;
            }
        }
        try (Statement statement = warehouse.createStatement();
                ResultSet rs = statement.executeQuery("select sql_digest from " + SCHEMA + ".state")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
