package kr.aiacademy.etl.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot {@code ./etl run} pushes its metrics to a Pushgateway (a real HTTP server standing in for it). */
class PushgatewayIT {

    @TempDir
    Path data;

    private record Push(String method, String path, String body) {
    }

    @Test
    void aRunPushesItsMetricsAndAnUnreachableGatewayIsOneWarning() throws Exception {
        List<Push> pushes = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            pushes.add(new Push(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        String url = "http://127.0.0.1:" + gateway.getAddress().getPort();
        Cli run;
        try {
            run = Cli.run("run", "--data-dir", data.toString(), "--quiet", "--etl.metrics.pushgateway.url=" + url);
        } finally {
            gateway.stop(0);
        }

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(pushes).hasSize(1);
        Push push = pushes.get(0);
        assertThat(push.method()).isEqualTo("PUT");
        assertThat(push.path()).isEqualTo("/metrics/job/etl");
        assertThat(push.body())
                .containsPattern("etl_rows_loaded_total\\{feed=\"enrollment\"} [1-9]")
                .containsPattern("etl_rows_rejected_total\\{feed=\"employment\"} \\d")
                .containsPattern("etl_drops_total\\{feed=\"budget\",status=\"LOADED\"} [1-9]")
                .containsPattern("etl_feed_freshness_age_seconds\\{feed=\"enrollment\"} \\d")
                .containsPattern("etl_last_success_time_seconds \\d")
                .containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"nightlyLoadJob\"");

        Cli unreachable = Cli.run("run", "--data-dir", data.toString(), "--quiet",
                "--etl.metrics.pushgateway.url=" + url);
        assertThat(unreachable.status()).isZero();
        assertThat(unreachable.out().lines()).hasSize(1);
        assertThat(unreachable.err().lines()).singleElement().asString()
                .startsWith("warning: the metrics were not pushed to the Pushgateway " + url + ": ");
    }
}
