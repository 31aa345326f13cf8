package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * {@code ./etl serve}: the read-only Arrow Flight SQL endpoint for BI tools on other machines, over the published
 * warehouse, following each publish; SIGTERM stops it cleanly (running queries finish) and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the published warehouse to BI tools over Arrow Flight SQL (read-only; JDBC URL "
                + "jdbc:arrow-flight-sql://HOST:PORT). New queries see each new publish without reconnecting.",
                "Clients log in with the user and password of ETL_SERVE_USER and ETL_SERVE_PASSWORD "
                        + "(required).",
                "SIGTERM stops accepting, lets running queries finish and exits 0."})
class ServeCommand implements Callable<Integer> {

    static final long GRACE_SECONDS = 30;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $ETL_DATA_DIR, else ./data).")
    Path dataDir;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = EndpointSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for the network).")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + EndpointSettings.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        String user = System.getenv("ETL_SERVE_USER");
        String password = System.getenv("ETL_SERVE_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            spec.commandLine().getErr().println("error: ETL_SERVE_USER and ETL_SERVE_PASSWORD must be set: "
                    + "the endpoint admits only that user (see ./etl serve --help)");
            return 2;
        }
        Path warehouse = new DataDir(Settings.dataDir(dataDir)).publishedWarehouse();
        SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(warehouse, bind, port,
                Users.of(user, password)));
        Signal.handle(new Signal("TERM"), signal -> stopInBackground(endpoint));
        Signal.handle(new Signal("INT"), signal -> stopInBackground(endpoint));
        PrintWriter out = spec.commandLine().getOut();
        out.println("serving " + warehouse + " on " + bind + ":" + endpoint.port()
                + " (Arrow Flight SQL; SIGTERM stops it)");
        out.flush();
        endpoint.awaitTermination();
        return 0;
    }

    private static void stopInBackground(SqlEndpoint endpoint) {
        new Thread(() -> {
            try {
                endpoint.stop(GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-stop").start();
    }
}
