package kr.aiacademy.etl.jobs.metrics;

import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.EtlProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a long-running command's application a web application serving only Actuator's endpoints, on
 * {@code etl.management.bind}:{@code etl.management.port}, when that port is set. Without it, and for every one-shot
 * command, no web server starts and Actuator's endpoint and health auto-configurations are left out (they cost
 * start-up time and serve nothing); the metrics registry stays, for the Pushgateway.
 */
public final class ManagementServer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The auto-configurations only served endpoints use. */
    private static final List<String> ENDPOINTS_ONLY = List.of(
            "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration",
            "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration");

    private final boolean served;

    /**
     * A listener for an application that serves the endpoints when {@code etl.management.port} is set
     * ({@code served}: the daemon, {@code ./etl serve}), or never (the one-shot commands).
     */
    public ManagementServer(boolean served) {
        this.served = served;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        EtlProperties.Management management = Binder.get(environment)
                .bindOrCreate("etl.management", EtlProperties.Management.class);
        if (served && management.enabled()) {
            environment.getPropertySources().addFirst(new MapPropertySource("etl.management", Map.of(
                    "spring.main.web-application-type", "servlet",
                    "server.port", management.port(),
                    "server.address", management.bind())));
        } else {
            // last: a spring.autoconfigure.exclude among the settings replaces this list
            environment.getPropertySources().addLast(new MapPropertySource("etl.no-endpoints", Map.of(
                    "spring.autoconfigure.exclude", String.join(",", ENDPOINTS_ONLY))));
        }
    }

    /**
     * A start that failed because the management port is taken, as one line naming it (Boot's own message only
     * says that some address is in use); other failures as they are.
     */
    public static RuntimeException explain(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException taken) {
                // without the cause: the message shown is the root cause's (the log has the whole failure)
                return new IllegalStateException("the management port " + taken.getPort() + " is already in use "
                        + "(--management-port, etl.management.port)");
            }
        }
        return failure;
    }

    /** Where the endpoints listen, for the command's start-up lines; null when there is no management port. */
    public static String url(ApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return port == null ? null
                : "http://" + context.getEnvironment().getProperty("server.address") + ":" + port + "/actuator";
    }
}
