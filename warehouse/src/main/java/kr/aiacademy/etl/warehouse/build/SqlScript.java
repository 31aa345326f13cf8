package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SQL file of the class path ({@code sql/...}) as the thread's context class loader sees it (a plugin's or a
 * test's feed brings its models there, as its registration of the feed), run statement by statement.
 */
public record SqlScript(String resource, String text) {

    private static final Logger log = LoggerFactory.getLogger(SqlScript.class);

    public static SqlScript load(String resource) {
        try (InputStream in = classLoader().getResourceAsStream("sql/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL file sql/" + resource + " is missing from the classpath");
            }
            return new SqlScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class loader SQL files are read through: the thread's context class loader, else this library's. */
    static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SqlScript.class.getClassLoader();
    }

    /** Statements: separated by a semicolon at the end of a line; comment lines removed. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    public void run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                long started = System.nanoTime();
                try {
                    statement.execute(sql);
                    log.debug("sql/{}: {} ms", resource, (System.nanoTime() - started) / 1_000_000);
                } catch (SQLException e) {
                    throw new SQLException("sql/" + resource + " failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
