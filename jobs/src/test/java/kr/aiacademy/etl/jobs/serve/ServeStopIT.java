package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code ./etl serve} in a child JVM: SIGTERM lets the running query finish, then the process exits 0. */
@Execution(ExecutionMode.CONCURRENT) // its tests are child processes of their own
class ServeStopIT {

    @TempDir
    Path data;

    @Test
    void sigtermLetsTheRunningQueryFinishAndExitsZero() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
        ChildEtl serve = ChildEtl.start(data, Map.of("ETL_SERVE_USER", FlightJdbc.USER,
                "ETL_SERVE_PASSWORD", FlightJdbc.PASSWORD), "serve", "--data-dir", data.toString(), "--port", "0");
        assertThat(serve.awaitLog("serving ", Duration.ofSeconds(60)))
                .as(Files.readString(data.resolve("child-output.txt"))).isTrue();
        Matcher port = Pattern.compile("on 127\\.0\\.0\\.1:(\\d+) \\(Arrow Flight SQL, TLS")
                .matcher(Files.readString(data.resolve("logs/etl.log")));
        assertThat(port.find()).isTrue();
        assertThat(Files.readString(data.resolve("child-output.txt"))).contains("SHA-256 fingerprint ");

        long rows = 0;
        try (Connection connection = FlightJdbc.connect(Integer.parseInt(port.group(1)));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select r, 'row ' || r as label from range(2000000) t(r)")) {
            assertThat(result.next()).isTrue();
            rows++;
            serve.signalTerm();
            while (result.next()) {
                rows++;
            }
        }

        assertThat(rows).isEqualTo(2_000_000);
        assertThat(serve.waitFor(Duration.ofSeconds(60))).isZero();
        assertThat(Files.readString(data.resolve("logs/etl.log"))).contains("stopped");
    }

    @Test
    void theDaemonServesWithServeAndStopsCleanlyOnSigterm() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
        ChildEtl daemon = ChildEtl.start(data, Map.of("ETL_SERVE_USER", FlightJdbc.USER,
                "ETL_SERVE_PASSWORD", FlightJdbc.PASSWORD), "schedule", "--serve", "--data-dir", data.toString(),
                "--port", "0", "--max-queries", "2");
        assertThat(daemon.awaitLog("serving ", Duration.ofSeconds(90)))
                .as(Files.readString(data.resolve("child-output.txt"))).isTrue();
        Matcher port = Pattern.compile("on 127\\.0\\.0\\.1:(\\d+) \\(Arrow Flight SQL, TLS.*limits 2 queries")
                .matcher(Files.readString(data.resolve("logs/etl.log")));
        assertThat(port.find()).isTrue();

        try (Connection connection = FlightJdbc.connect(Integer.parseInt(port.group(1)))) {
            assertThat(FlightJdbc.rows(connection, "select 42")).containsExactly(java.util.List.of("42"));
        }

        assertThat(daemon.terminate(Duration.ofSeconds(90))).isZero();
    }
}
