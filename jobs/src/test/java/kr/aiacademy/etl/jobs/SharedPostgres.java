package kr.aiacademy.etl.jobs;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL for every test class of a JVM, started on first use and stopped when the JVM ends;
 * each class takes a database of its own in it ({@link #newDatabase()}), so that none sees another's tables.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** The server, started if it is not yet: for what is cluster-wide (roles, databases of a given name). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // the library waits 10 s for the server by default: too short on this machine's slow hours (initdb
                // and the start ran past it once, with the other test JVM busy)
                server = EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }

    /** A new, empty database in the shared server, owned by the {@code postgres} superuser. */
    public static Database newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return new Database(postgres, name);
    }

    /** One database of the shared server. */
    public record Database(EmbeddedPostgres server, String name) {

        /** Its JDBC URL for the {@code postgres} superuser. */
        public String url() {
            return server.getJdbcUrl("postgres", name);
        }

        public DataSource dataSource() {
            return server.getDatabase("postgres", name);
        }
    }
}
