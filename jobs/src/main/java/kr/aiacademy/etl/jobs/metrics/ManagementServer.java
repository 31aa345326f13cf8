package kr.aiacademy.etl.jobs.metrics;

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
 * {@code etl.management.bind}:{@code etl.management.port}, when that port is set; without it (and for every one-shot
 * command, which never registers this listener) no web server starts.
 */
public final class ManagementServer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        EtlProperties.Management management = Binder.get(environment)
                .bindOrCreate("etl.management", EtlProperties.Management.class);
        if (management.enabled()) {
            environment.getPropertySources().addFirst(new MapPropertySource("etl.management", Map.of(
                    "spring.main.web-application-type", "servlet",
                    "server.port", management.port(),
                    "server.address", management.bind())));
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
