package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.metrics.ManagementServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** The management port of the long-running commands ({@code ./etl schedule}, {@code ./etl serve}). */
class ManagementOptions {

    @Option(names = "--management-port", paramLabel = "N",
            description = "Serve health and Prometheus metrics over HTTP on this port: /actuator/health, "
                    + "/actuator/prometheus (default: etl.management.port, $ETL_MANAGEMENT_PORT; 0: none).")
    Integer port;

    @Option(names = "--management-bind", paramLabel = "ADDR",
            description = "Address of the management port (default: etl.management.bind, 127.0.0.1).")
    String bind;

    /** The options as settings of the application. */
    List<String> settings() {
        List<String> settings = new ArrayList<>();
        if (port != null) {
            settings.add("--etl.management.port=" + port);
        }
        if (bind != null) {
            settings.add("--etl.management.bind=" + bind);
        }
        return settings;
    }

    /** Whether a management port is asked for, by the option or else the environment. */
    boolean requested() {
        String environment = System.getenv("ETL_MANAGEMENT_PORT");
        String value = port != null ? port.toString() : environment == null ? "" : environment.strip();
        return !value.isEmpty() && !value.equals("0");
    }

    /** Says where the endpoints listen, when they do. */
    static void announce(ConfigurableApplicationContext context, PrintWriter out) {
        String url = ManagementServer.url(context);
        if (url != null) {
            out.println("health and metrics on " + url + "/health and " + url + "/prometheus");
        }
    }
}
