package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.Limits;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's {@code Statement.cancel()} stops its query in DuckDB at once; the connection keeps serving. */
class ServeCancelIT {

    /** Minutes of work for two cores: it ends only by being cancelled (the time-out is far away). */
    private static final String LONG = "select count(*), sum(a.range * b.range) from range(1000000) a, range(1000000) b";

    @TempDir
    Path data;

    @Test
    void aCancelledQueryEndsPromptlyAndTheConnectionServesTheNextQuery() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
        try (SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"),
                "127.0.0.1", 0, Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1"),
                new Limits(1, 10, Duration.ofMinutes(10), Duration.ofMinutes(10))));
                Connection connection = FlightJdbc.connect(endpoint.port());
                Statement statement = connection.createStatement()) {
            CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
                try {
                    statement.executeQuery(LONG).next();
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            });
            Thread.sleep(3_000); // the query runs by then, even on a loaded machine

            long cancelled = System.nanoTime();
            statement.cancel();
            Throwable failure = running.get(30, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - cancelled);

            // the driver cancels the result's stream; the endpoint then cancels the DuckDB statement
            assertThat(failure).isInstanceOf(SQLException.class).hasMessageContaining("Cancelling this FlightStream");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            // the limit is one query at once: the next one runs only once the cancelled one has really ended in the
            // endpoint, which learns of the cancel after the client has (a query refused for the limit meanwhile)
            assertThat(onceAdmitted(connection, "select 42", cancelled)).containsExactly(List.of("42"));
        }
    }

    /** The rows of the query, retried while the endpoint refuses it for the limit, up to 10 s after the cancel. */
    private static List<List<String>> onceAdmitted(Connection connection, String sql, long cancelled)
            throws Exception {
        while (true) {
            try {
                return FlightJdbc.rows(connection, sql);
            } catch (SQLException e) {
                boolean limit = String.valueOf(e.getMessage()).contains("too many queries running at once");
                if (!limit || System.nanoTime() - cancelled > Duration.ofSeconds(10).toNanos()) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
