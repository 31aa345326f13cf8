package kr.aiacademy.etl.jobs.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Pushes a one-shot run's metrics (the Prometheus registry: the load's counters, Spring Batch's timers, the
 * freshness gauges) to the Prometheus Pushgateway of {@code etl.metrics.pushgateway.url}, replacing the group
 * {@code job=<etl.metrics.pushgateway.job>}. A gateway that cannot be reached does not change the run's result.
 */
@Component
public class MetricsPush {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final EtlProperties.Pushgateway gateway;
    private final ObjectProvider<PrometheusMeterRegistry> registry;

    MetricsPush(EtlProperties properties, ObjectProvider<PrometheusMeterRegistry> registry) {
        this.gateway = properties.metrics().pushgateway();
        this.registry = registry;
    }

    /** Pushes when a gateway is configured; returns why the push failed (one line), else null. */
    public String push() {
        if (!gateway.enabled()) {
            return null;
        }
        URI url = gateway.url();
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        try {
            PushGateway.builder()
                    .scheme(Scheme.fromString(url.getScheme()))
                    .address(url.getRawAuthority() + path)
                    .job(gateway.job())
                    .registry(registry.getObject().getPrometheusRegistry())
                    .format(Format.PROMETHEUS_TEXT)
                    .connectionTimeout(TIMEOUT)
                    .readTimeout(TIMEOUT)
                    .build()
                    .push();
            return null;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            return "the metrics were not pushed to the Pushgateway " + url + ": " + FirstLine.of(message).strip();
        }
    }
}
