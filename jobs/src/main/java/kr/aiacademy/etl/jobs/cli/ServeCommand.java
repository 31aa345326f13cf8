package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.Limits;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.TlsFiles;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

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

    @Option(names = {"--tls-cert", "--etl.serve.tls.cert"}, paramLabel = "PEM",
            description = "TLS certificate chain, PEM (default: $ETL_SERVE_TLS_CERT, else a self-signed "
                    + "certificate generated once under <data-dir>/state/serve-tls/).")
    Path tlsCert;

    @Option(names = {"--tls-key", "--etl.serve.tls.key"}, paramLabel = "PEM",
            description = "Its private key, PEM in PKCS #8 (default: $ETL_SERVE_TLS_KEY).")
    Path tlsKey;

    @Option(names = {"--max-queries", "--etl.serve.max-queries"}, paramLabel = "N",
            defaultValue = "" + Limits.DEFAULT_MAX_QUERIES,
            description = "Queries running at once; more get an error (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = {"--max-sessions", "--etl.serve.max-sessions"}, paramLabel = "N",
            defaultValue = "" + Limits.DEFAULT_MAX_SESSIONS,
            description = "Logged-in clients at once (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = {"--query-timeout", "--etl.serve.query-timeout"}, paramLabel = "SECONDS",
            defaultValue = "" + Limits.DEFAULT_QUERY_TIMEOUT_SECONDS,
            description = "A query running longer is cancelled (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = {"--idle-timeout", "--etl.serve.idle-timeout"}, paramLabel = "MINUTES",
            defaultValue = "" + Limits.DEFAULT_IDLE_MINUTES,
            description = "A session without calls for longer ends (default: ${DEFAULT-VALUE}).")
    long idleTimeout;

    @Option(names = "--insecure", description = "Plaintext instead of TLS; only on a loopback --bind.")
    boolean insecure;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        if (insecure && !InetAddress.getByName(bind).isLoopbackAddress()) {
            return usageError("--insecure (plaintext) is allowed only on a loopback --bind such as 127.0.0.1, "
                    + "not " + bind);
        }
        Limits limits;
        try {
            limits = new Limits(maxQueries, maxSessions, Duration.ofSeconds(queryTimeout),
                    Duration.ofMinutes(idleTimeout));
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        Path cert = tlsCert != null ? tlsCert : environmentPath("ETL_SERVE_TLS_CERT");
        Path key = tlsKey != null ? tlsKey : environmentPath("ETL_SERVE_TLS_KEY");
        if ((cert == null) != (key == null)) {
            return usageError("a TLS certificate and its key go together: give both --tls-cert and --tls-key");
        }
        String user = System.getenv("ETL_SERVE_USER");
        String password = System.getenv("ETL_SERVE_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return usageError("ETL_SERVE_USER and ETL_SERVE_PASSWORD must be set: the endpoint admits only that "
                    + "user (see ./etl serve --help)");
        }
        DataDir data = new DataDir(Settings.dataDir(dataDir));
        Files.createDirectories(data.root().resolve("logs"));
        FileLogging.to(data.root().resolve("logs/etl.log"));
        Path warehouse = data.publishedWarehouse();
        PrintWriter out = spec.commandLine().getOut();
        TlsFiles tls = null;
        if (!insecure) {
            tls = cert != null ? new TlsFiles(cert, key) : SelfSignedCertificate.ensure(data.state(),
                    bind);
            out.println("TLS certificate " + tls.certificate() + (cert == null ? " (self-signed)" : "")
                    + ", SHA-256 fingerprint " + tls.fingerprint());
        }
        SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(warehouse, bind, port,
                Users.of(user, password), tls, limits));
        Signal.handle(new Signal("TERM"), signal -> stopInBackground(endpoint));
        Signal.handle(new Signal("INT"), signal -> stopInBackground(endpoint));
        String serving = "serving " + warehouse + " on " + bind + ":" + endpoint.port() + " (Arrow Flight SQL, "
                + (insecure ? "plaintext" : "TLS") + "; SIGTERM stops it)";
        out.println(serving);
        log.info("{}; limits {}", serving, limits);
        out.flush();
        endpoint.awaitTermination();
        log.info("stopped");
        out.println("stopped");
        return 0;
    }

    private int usageError(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return 2;
    }

    private static Path environmentPath(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : Path.of(value);
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
