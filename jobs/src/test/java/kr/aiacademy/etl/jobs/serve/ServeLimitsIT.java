package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.Limits;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries and sessions over the endpoint's limits get a clear error; the endpoint keeps serving. */
class ServeLimitsIT {

    private static final String SLOW = "select count(*) from range(100000000000)";
    /** Long enough for the refusal to be seen while the slow query runs, which it is within a probe or two. */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration IDLE_SESSION = Duration.ofSeconds(2);

    @TempDir
    Path data;

    @Test
    void aNegativeResultCacheIsAUsageErrorNamingTheOption() {
        Cli negative = Cli.run("serve", "--data-dir", data.toString(), "--result-cache", "-1");

        assertThat(negative.status()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("error: --result-cache must be 0 (none) or more megabytes, "
                + "not -1");
    }

    @BeforeEach
    void anEmptyPublishedWarehouse() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
    }

    @Test
    void aQueryOverTheConcurrencyLimitIsRefusedAndALongQueryIsCancelledAtItsTimeOut() throws Exception {
        try (SqlEndpoint endpoint = start(new Limits(1, 10, QUERY_TIMEOUT, Duration.ofMinutes(10)));
                Connection slow = FlightJdbc.connect(endpoint.port());
                Connection other = FlightJdbc.connect(endpoint.port())) {
            // select 1 on the other connection until it is refused, as it is once the slow query runs (a fixed
            // wait for that would have to allow for a loaded machine); a slow query that came while a probe ran was
            // refused itself and is sent again
            CompletableFuture<Throwable> running = query(slow, SLOW);
            Throwable refused = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (refused == null) {
                assertThat(System.nanoTime()).as("the slow query runs within 30 s").isLessThan(deadline);
                if (running.isDone()) {
                    assertThat(running.get()).hasMessageContaining("too many queries running at once");
                    running = query(slow, SLOW);
                }
                try {
                    FlightJdbc.rows(other, "select 1");
                    Thread.sleep(20);
                } catch (SQLException e) {
                    refused = e;
                }
            }

            assertThat(refused).hasMessageContaining("too many queries running at once (limit 1): try again shortly");
            assertThat(running.get(30, TimeUnit.SECONDS)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("the query ran longer than the limit of " + QUERY_TIMEOUT.toSeconds()
                            + " s and was cancelled");
            assertThat(FlightJdbc.rows(other, "select 1")).containsExactly(List.of("1"));
        }
    }

    @Test
    void aLoginOverTheSessionLimitIsRefusedAndIdleSessionsEnd() throws Exception {
        try (SqlEndpoint endpoint = start(new Limits(4, 2, Duration.ofMinutes(1), IDLE_SESSION));
                Connection first = FlightJdbc.connect(endpoint.port());
                Connection second = FlightJdbc.connect(endpoint.port())) {
            assertThat(FlightJdbc.rows(first, "select 1")).containsExactly(List.of("1"));
            assertThat(FlightJdbc.rows(second, "select 2")).containsExactly(List.of("2"));

            assertThatThrownBy(() -> {
                try (Connection third = FlightJdbc.connect(endpoint.port())) {
                    FlightJdbc.rows(third, "select 3");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("too many sessions (limit 2)");

            Thread.sleep(IDLE_SESSION.toMillis() + 100); // no call on the first since before the refused login
            assertThatThrownBy(() -> FlightJdbc.rows(first, "select 1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("the session ended");
            try (Connection again = FlightJdbc.connect(endpoint.port())) {
                assertThat(FlightJdbc.rows(again, "select 3")).containsExactly(List.of("3"));
            }
        }
    }

    @Test
    void aSessionKeepsAtMostItsLimitOfPreparedStatementsAndAClosedOneSaysWhy() throws Exception {
        try (SqlEndpoint endpoint = start(new Limits(4, 10, Duration.ofMinutes(1), Duration.ofMinutes(10), 2));
                Connection connection = FlightJdbc.connect(endpoint.port());
                Connection other = FlightJdbc.connect(endpoint.port());
                PreparedStatement first = connection.prepareStatement("select 1");
                PreparedStatement second = connection.prepareStatement("select 2");
                PreparedStatement elsewhere = other.prepareStatement("select 4");
                PreparedStatement elsewhereToo = other.prepareStatement("select 5");
                PreparedStatement third = connection.prepareStatement("select 3")) {
            // (the driver passes this one on as its FlightRuntimeException, not as an SQLException)
            assertThatThrownBy(() -> FlightJdbc.rows(first.executeQuery())).hasMessageContaining("the prepared statement was closed by the endpoint (more than 2 prepared "
                            + "statements were open in its session and it was the least recently used): prepare it "
                            + "again");
            assertThat(FlightJdbc.rows(second.executeQuery())).containsExactly(List.of("2"));
            assertThat(FlightJdbc.rows(third.executeQuery())).containsExactly(List.of("3"));
            assertThat(FlightJdbc.rows(elsewhere.executeQuery())).containsExactly(List.of("4"));
            assertThat(FlightJdbc.rows(elsewhereToo.executeQuery())).containsExactly(List.of("5"));
        }
    }

    private static CompletableFuture<Throwable> query(Connection connection, String sql) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                FlightJdbc.rows(connection, sql);
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
    }

    private SqlEndpoint start(Limits limits) throws Exception {
        return SqlEndpoint.start(new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"), "127.0.0.1", 0,
                Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1"), limits));
    }
}
