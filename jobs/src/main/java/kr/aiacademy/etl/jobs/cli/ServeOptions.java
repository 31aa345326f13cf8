package kr.aiacademy.etl.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.Limits;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.TlsFiles;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The options of the Flight SQL endpoint ({@code ./etl serve}, {@code ./etl schedule --serve}) and its start. */
class ServeOptions {

    private static final Logger log = LoggerFactory.getLogger(ServeOptions.class);

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

    @Option(names = {"--max-prepared", "--etl.serve.max-prepared"}, paramLabel = "N",
            defaultValue = "" + Limits.DEFAULT_MAX_PREPARED,
            description = "Prepared statements one session keeps open; preparing more closes its least recently "
                    + "used, and one unused for the idle time-out is closed (default: ${DEFAULT-VALUE}).")
    int maxPrepared;

    @Option(names = {"--result-cache", "--etl.serve.result-cache"}, paramLabel = "MB",
            defaultValue = "" + Limits.DEFAULT_RESULT_CACHE_MEGABYTES,
            description = "Results kept per published file to answer the same query again without running it, "
                    + "for queries whose answer cannot change on the file; 0 keeps none (default: ${DEFAULT-VALUE}).")
    int resultCache;

    @Option(names = {"--users-file", "--etl.serve.users-file"}, paramLabel = "FILE",
            description = "More users, one 'name:pbkdf2-sha256$…' line each as --hash-password prints; readable by "
                    + "its owner only (default: $ETL_SERVE_USERS_FILE, else none).")
    Path usersFile;

    @Option(names = "--insecure", description = "Plaintext instead of TLS; only on a loopback --bind.")
    boolean insecure;

    /** Who may connect, once {@link #problem} found nothing wrong. */
    private Users users;

    /** What is wrong with the options or the environment, for a one-line usage error; null if nothing. */
    String problem() throws UnknownHostException {
        if (port < 0 || port > 65_535) {
            return "--port must be 0..65535, not " + port;
        }
        if (insecure && !InetAddress.getByName(bind).isLoopbackAddress()) {
            return "--insecure (plaintext) is allowed only on a loopback --bind such as 127.0.0.1, not " + bind;
        }
        if (resultCache < 0) {
            return "--result-cache must be 0 (none) or more megabytes, not " + resultCache;
        }
        if ((certificate() == null) != (key() == null)) {
            return "a TLS certificate and its key go together: give both --tls-cert and --tls-key";
        }
        try {
            limits();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (blank(System.getenv("ETL_SERVE_USER")) || blank(System.getenv("ETL_SERVE_PASSWORD"))) {
            return "ETL_SERVE_USER and ETL_SERVE_PASSWORD must be set: the endpoint admits that user, and those of "
                    + "--users-file (see ./etl serve --help)";
        }
        try {
            users = Users.of(System.getenv("ETL_SERVE_USER"), System.getenv("ETL_SERVE_PASSWORD"));
            Path file = usersFile != null ? usersFile : environmentPath("ETL_SERVE_USERS_FILE");
            if (file != null) {
                users = users.withFile(file);
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /**
     * Starts the endpoint on the data directory's published warehouse, after {@link #problem}; says where and with
     * what certificate.
     */
    SqlEndpoint start(DataDir data, PrintWriter out) throws IOException {
        TlsFiles tls = null;
        if (!insecure) {
            tls = certificate() != null ? new TlsFiles(certificate(), key())
                    : SelfSignedCertificate.ensure(data.state(), bind);
            out.println("TLS certificate " + tls.certificate() + (certificate() == null ? " (self-signed)" : "")
                    + ", SHA-256 fingerprint " + tls.fingerprint());
        }
        Limits limits = limits();
        SqlEndpoint endpoint = SqlEndpoint.start(new EndpointSettings(data.publishedWarehouse(), bind, port,
                users, tls, limits));
        String serving = "serving " + data.publishedWarehouse() + " on " + bind + ":" + endpoint.port()
                + " (Arrow Flight SQL, " + (insecure ? "plaintext" : "TLS") + "; SIGTERM stops it)";
        out.println(serving);
        out.flush();
        log.info("{}; limits {}", serving, limits);
        return endpoint;
    }

    private Limits limits() {
        return new Limits(maxQueries, maxSessions, Duration.ofSeconds(queryTimeout), Duration.ofMinutes(idleTimeout),
                maxPrepared, resultCache);
    }

    private Path certificate() {
        return tlsCert != null ? tlsCert : environmentPath("ETL_SERVE_TLS_CERT");
    }

    private Path key() {
        return tlsKey != null ? tlsKey : environmentPath("ETL_SERVE_TLS_KEY");
    }

    private static Path environmentPath(String name) {
        String value = System.getenv(name);
        return blank(value) ? null : Path.of(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
