package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connected clients follow a publish without reconnecting; a query running across it finishes on the old file. */
class ServePublishIT {

    private static final String COUNT = "select count(*) from fact_application";
    private static final int CLIENTS = 8;

    @TempDir
    Path data;

    @TempDir
    Path moreDrops;

    @Test
    void clientsQueryingThroughALoadSeeTheOldOrTheNewStateThenTheNew() throws Exception {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
        String before = WarehouseQueries.query(data, COUNT).get(0).get(0);
        assertThat(Cli.run("demo", "--inbox", moreDrops.toString(), "--applications", "3000", "--drops", "2")
                .status()).isZero();
        try (SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"),
                "127.0.0.1", 0, Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1")))) {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                connections.add(FlightJdbc.connect(endpoint.port()));
            }
            Set<String> answers = ConcurrentHashMap.newKeySet();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            try (Connection streaming = FlightJdbc.connect(endpoint.port());
                    Statement statement = streaming.createStatement();
                    ResultSet acrossThePublish = statement.executeQuery("select (" + COUNT + ") as n, r "
                            + "from range(300000) t(r)")) {
                assertThat(acrossThePublish.next()).isTrue();
                List<Future<?>> loops = new ArrayList<>();
                for (Connection connection : connections) {
                    loops.add(clients.submit(() -> queryInALoop(connection, loading, answers, errors)));
                }

                Cli load = Cli.run("run", "--data-dir", data.toString(), "--inbox", moreDrops.toString(), "--quiet");
                loading.set(false);
                for (Future<?> loop : loops) {
                    loop.get(2, TimeUnit.MINUTES);
                }

                assertThat(load.status()).as(load.out() + load.err()).isZero();
                String after = WarehouseQueries.query(data, COUNT).get(0).get(0);
                assertThat(after).isNotEqualTo(before);
                assertThat(errors).isEmpty();
                assertThat(answers).isSubsetOf(before, after).contains(before);
                for (Connection connection : connections) {
                    assertThat(FlightJdbc.rows(connection, COUNT)).containsExactly(List.of(after));
                }
                long rows = 1;
                Set<String> streamed = ConcurrentHashMap.newKeySet();
                while (acrossThePublish.next()) {
                    streamed.add(acrossThePublish.getString("n"));
                    rows++;
                }
                assertThat(rows).isEqualTo(300_000);
                assertThat(streamed).containsExactly(before);
            } finally {
                clients.shutdownNow();
                for (Connection connection : connections) {
                    connection.close();
                }
            }
            try (Connection connection = FlightJdbc.connect(endpoint.port())) {
                FlightJdbc.rows(connection, COUNT);
            }
            assertThat(deletedWarehouseFilesHeldOpen()).as("the replaced file's space is released").isZero();
        }
    }

    private static void queryInALoop(Connection connection, AtomicBoolean loading, Set<String> answers,
            List<Throwable> errors) {
        try {
            do {
                answers.addAll(FlightJdbc.rows(connection, COUNT).stream().map(row -> row.get(0)).toList());
            } while (loading.get());
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    /** Open file descriptors of this process on a warehouse file that has been renamed over. */
    private static long deletedWarehouseFilesHeldOpen() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return "";
                }
            }).filter(target -> target.contains("warehouse.duckdb") && target.endsWith("(deleted)")).count();
        }
    }
}
