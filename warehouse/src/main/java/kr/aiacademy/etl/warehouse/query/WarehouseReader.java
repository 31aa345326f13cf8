package kr.aiacademy.etl.warehouse.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The one way this project reads a warehouse ({@code ./etl sql}, the KPI extracts, the quality gate, the report,
 * the network endpoint): read-only, a database instance of its own per connection (so a new connection always
 * opens the newest published file), and sandboxed: no statement can read or write a file, attach a database,
 * install or load an extension, or change a setting. DuckDB enforces that ({@link #SANDBOX}); {@link #check}
 * refuses up front, with a clear message, every statement that is not a query.
 */
public final class WarehouseReader {

    /** DuckDB settings fixed when the connection opens; {@code lock_configuration} then refuses any change. */
    static final Map<String, String> SANDBOX = Map.of(
            "enable_external_access", "false",
            "autoinstall_known_extensions", "false",
            "autoload_known_extensions", "false",
            "allow_community_extensions", "false",
            "allow_unsigned_extensions", "false",
            "lock_configuration", "true");

    /** First keywords of the statements a reader may run: queries and catalog look-ups. */
    static final Set<String> QUERIES = Set.of("select", "with", "from", "table", "values", "describe", "show",
            "summarize", "explain", "pragma", "call", "pivot", "unpivot");

    private WarehouseReader() {
    }

    /**
     * The JDBC URL of a DuckDB file for a reader on this machine, URL only (what a BI tool is given): read-only,
     * and with its own instance per connection, so that a pooled client that reconnects after a publish sees the
     * new file. Options follow the path after {@code ;}: a {@code ?} would be taken as part of the file name.
     */
    public static String url(Path file) {
        return "jdbc:duckdb:" + file.toAbsolutePath() + ";access_mode=READ_ONLY;jdbc_instance_cache=false";
    }

    /** A sandboxed read-only connection to a DuckDB file. */
    public static Connection open(Path file) throws SQLException {
        return open(file, DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** A sandboxed read-only connection to a DuckDB file, within the given memory and threads. */
    public static Connection open(Path file, DuckDbResources resources) throws SQLException {
        Properties properties = sandbox();
        resources.applyToReader(properties);
        return DriverManager.getConnection(url(file), properties);
    }

    /**
     * A sandboxed read-only connection that may also write files into one folder (and nowhere else): for the
     * extracts of the warehouse ({@code COPY … TO} a file of that folder).
     */
    public static Connection openWritingTo(Path file, Path folder) throws SQLException {
        Properties properties = sandbox();
        properties.setProperty("allowed_directories",
                "['" + (folder.toAbsolutePath().normalize() + "/").replace("'", "''") + "']");
        return DriverManager.getConnection(url(file), properties);
    }

    private static Properties sandbox() {
        Properties properties = new Properties();
        SANDBOX.forEach(properties::setProperty);
        return properties;
    }

    /**
     * The statements of a text, each checked to be a query; throws {@link RefusedStatementException} naming the
     * first one that is not.
     */
    public static List<String> check(String sql) throws RefusedStatementException {
        List<String> statements = SqlText.statements(sql);
        for (String statement : statements) {
            String keyword = SqlText.firstKeyword(statement);
            if (!QUERIES.contains(keyword)) {
                throw new RefusedStatementException(keyword.isEmpty() ? statement : keyword);
            }
        }
        return statements;
    }
}
