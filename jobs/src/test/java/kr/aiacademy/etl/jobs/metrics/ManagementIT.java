package kr.aiacademy.etl.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health and Prometheus metrics over real HTTP, from a real daemon ({@code ./etl schedule}) and a real
 * {@code ./etl serve} in child processes, on their management port.
 */
class ManagementIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void theDaemonServesHealthAndTheMetricsOfItsLoadsPerFeed() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"),
                drops.row("A-2", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        int port = freePort();
        ChildEtl daemon = ChildEtl.start(data, "schedule", "--data-dir", data.toString(), "--inbox", inbox.toString(),
                "--nightly-cron", "*/2 * * * * ?", "--management-port", "" + port, "--etl.landing.settle-time=0s");
        try {
            assertThat(daemon.awaitOutput("health and metrics on http://127.0.0.1:" + port + "/actuator/health",
                    Duration.ofMinutes(1))).as(() -> output(daemon)).isTrue();
            assertThat(daemon.awaitOutput("nightlyLoadJob fired: execution", Duration.ofMinutes(1)))
                    .as(() -> output(daemon)).isTrue();

            HttpResponse<String> health = get(port, "/actuator/health");
            // only enrollment has come: employment and budget, which have thresholds, are past them
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            JsonNode json = JsonMapper.shared().readTree(health.body());
            assertThat(json.path("status").asString()).isEqualTo("DOWN");
            assertThat(json.path("components").path("db").path("status").asString()).isEqualTo("UP");
            JsonNode warehouse = json.path("components").path("warehouse");
            assertThat(warehouse.path("status").asString()).isEqualTo("DOWN");
            assertThat(warehouse.path("details").path("freshness").path("enrollment").asString()).isEqualTo("FRESH");
            assertThat(warehouse.path("details").path("late").toString())
                    .contains("employment is late (ERROR): no drop has been loaded yet");

            HttpResponse<String> metrics = get(port, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("etl_rows_loaded_total{feed=\"enrollment\"} 2.0")
                    .contains("etl_rows_rejected_total{feed=\"enrollment\"} 0.0")
                    .contains("etl_drops_total{feed=\"enrollment\",status=\"LOADED\"} 1.0")
                    .containsPattern("etl_feed_freshness_age_seconds\\{feed=\"enrollment\"} \\d")
                    .contains("etl_feed_freshness_age_seconds{feed=\"employment\"} NaN")
                    .containsPattern("etl_last_success_time_seconds \\d\\.\\d+E9")
                    .containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"nightlyLoadJob\"")
                    .containsPattern("spring_batch_step_seconds_count\\{[^}]*spring_batch_step_name=\"warehouseBuildStep\"");
        } finally {
            assertThat(daemon.terminate(Duration.ofMinutes(1))).isZero();
        }
    }

    @Test
    void serveReportsAFreshWarehouseAsUpAndOneShotCommandsServeNothing() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Cli run = Cli.run("run", "--data-dir", data.toString(), "--quiet", "--etl.management.port=" + port);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(listening(port)).isFalse();

        ChildEtl serve = ChildEtl.start(data, Map.of("ETL_SERVE_USER", "analyst", "ETL_SERVE_PASSWORD", "secret"),
                "serve", "--data-dir", data.toString(), "--insecure", "--port", "0", "--management-port", "" + port);
        try {
            assertThat(serve.awaitOutput("health and metrics on", Duration.ofMinutes(1))).as(() -> output(serve)).isTrue();

            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode json = JsonMapper.shared().readTree(health.body());
            assertThat(json.path("status").asString()).isEqualTo("UP");
            assertThat(json.path("components").path("db").path("status").asString()).isEqualTo("UP");
            JsonNode warehouse = json.path("components").path("warehouse");
            assertThat(warehouse.path("status").asString()).isEqualTo("UP");
            assertThat(warehouse.path("details").path("file").asString()).endsWith("warehouse.duckdb");
            assertThat(warehouse.path("details").path("published_at").asString()).endsWith("+09:00");
            assertThat(warehouse.path("details").path("freshness").toString())
                    .isEqualTo("{\"enrollment\":\"FRESH\",\"employment\":\"FRESH\",\"awards\":\"UNCHECKED\","
                            + "\"budget\":\"FRESH\"}");

            assertThat(get(port, "/actuator/prometheus").body())
                    .containsPattern("etl_feed_freshness_age_seconds\\{feed=\"budget\"} \\d")
                    .containsPattern("etl_last_success_time_seconds \\d\\.\\d+E9");
        } finally {
            assertThat(serve.terminate(Duration.ofMinutes(1))).isZero();
        }
    }

    @Test
    void aBadManagementPortOrGatewayIsAUsageErrorAndATakenPortOneLine() throws IOException {
        Path data = dir.resolve("data");
        Cli port = Cli.run("schedule", "--data-dir", data.toString(), "--management-port", "70000");
        Cli gateway = Cli.run("run", "--data-dir", data.toString(), "--quiet",
                "--etl.metrics.pushgateway.url=ftp://gateway:9091");

        assertThat(port.status()).as(port.err()).isEqualTo(2);
        assertThat(port.err().strip()).isEqualTo("error: etl.management.port=70000 is not allowed: it must be a port "
                + "from 1 to 65535, or 0 for none");
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Cli busy = Cli.run("schedule", "--data-dir", data.toString(), "--management-port",
                    "" + taken.getLocalPort());
            assertThat(busy.status()).isEqualTo(1);
            assertThat(busy.err().strip()).isEqualTo("error: the management port " + taken.getLocalPort()
                    + " is already in use (--management-port, etl.management.port)");
        }
        assertThat(gateway.status()).as(gateway.err()).isEqualTo(2);
        assertThat(gateway.err().strip()).isEqualTo("error: etl.metrics.pushgateway.url=ftp://gateway:9091 is not "
                + "allowed: it must be an http or https URL such as http://localhost:9091");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String output(ChildEtl child) {
        try {
            return child.output();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean listening(int port) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
