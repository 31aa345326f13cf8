package kr.aiacademy.etl.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.EndpointsSupplier;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application of a command that serves no endpoints (a one-shot command, or the daemon without a management
 * port) leaves Actuator's endpoints and health out, keeps the metrics registry the Pushgateway reads, and loads.
 */
class OneShotApplicationIT {

    @TempDir
    Path dir;

    @Test
    void aOneShotCommandHasItsJobsAndMetricsButNoEndpointsEvenWithAManagementPortSet() {
        try (ConfigurableApplicationContext context = SpringLauncher.start(dir.resolve("data"), ProgressDisplay.NONE,
                "--etl.management.port=18089")) {
            assertNoEndpoints(context);
            assertThat(context.getBeanNamesForType(PrometheusMeterRegistry.class)).hasSize(1);
            assertThat(context.getBean(NightlyLoad.class)).isNotNull();
        }
    }

    @Test
    void theDaemonWithoutAManagementPortHasNoEndpoints() {
        try (ConfigurableApplicationContext context = SpringLauncher.startDaemon(dir.resolve("data"))) {
            assertNoEndpoints(context);
            assertThat(context.getBeanNamesForType(PrometheusMeterRegistry.class)).hasSize(1);
        }
    }

    private static void assertNoEndpoints(ConfigurableApplicationContext context) {
        assertThat(context.getBeanNamesForType(HealthEndpoint.class)).isEmpty();
        assertThat(context.getBeanNamesForType(HealthContributorRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EndpointsSupplier.class)).isEmpty();
    }
}
