package kr.aiacademy.etl.jobs.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.slf4j.Logger;
import org.springframework.context.ConfigurableApplicationContext;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import sun.misc.Signal;

/**
 * {@code ./etl serve}: the read-only Arrow Flight SQL endpoint for BI tools on other machines, over the published
 * warehouse, following each publish; SIGTERM stops it cleanly (running queries finish) and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the published warehouse to BI tools over Arrow Flight SQL (read-only; JDBC URL "
                + "jdbc:arrow-flight-sql://HOST:PORT). New queries see each new publish without reconnecting.",
                "Clients log in with the user and password of ETL_SERVE_USER and ETL_SERVE_PASSWORD "
                        + "(required), or as a user of --users-file (lines made by --hash-password).",
                "SIGTERM stops accepting, lets running queries finish and exits 0."})
class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    static final long GRACE_SECONDS = 30;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--hash-password", paramLabel = "USER", description = "Print a --users-file line for USER "
            + "and a password read from the terminal (not echoed, asked twice) or from standard input, then exit.")
    String hashPassword;

    @CommandLine.Mixin
    ServeOptions serve;

    @CommandLine.Mixin
    ManagementOptions management;

    @Override
    public Integer call() throws Exception {
        if (hashPassword != null) {
            return hashPassword();
        }
        String problem = serve.problem();
        if (problem != null) {
            spec.commandLine().getErr().println("error: " + problem);
            return 2;
        }
        DataDir data = new DataDir(dataDir.resolved());
        Files.createDirectories(data.root().resolve("logs"));
        FileLogging.to(data.root().resolve("logs/etl.log"));
        ConfigurableApplicationContext health = management.requested() // health and metrics: a Spring application
                ? SpringLauncher.startLazily(data.root(), true, management.settings().toArray(String[]::new)) : null;
        SqlEndpoint endpoint = serve.start(data, spec.commandLine().getOut());
        if (health != null) {
            ManagementOptions.announce(health, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        }
        Signal.handle(new Signal("TERM"), signal -> stopInBackground(endpoint));
        Signal.handle(new Signal("INT"), signal -> stopInBackground(endpoint));
        endpoint.awaitTermination();
        if (health != null) {
            health.close();
        }
        log.info("stopped");
        spec.commandLine().getOut().println("stopped");
        return 0;
    }

    /** Prints the users-file line of {@code --hash-password USER}; the password is never echoed or kept. */
    private int hashPassword() throws IOException {
        char[] password = readPassword();
        if (password == null) {
            spec.commandLine().getErr().println("error: the two passwords differ");
            return 2;
        }
        try {
            spec.commandLine().getOut().println(Users.line(hashPassword, password));
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } finally {
            Arrays.fill(password, ' ');
        }
    }

    /** From the terminal without echo, typed twice (null if they differ); else standard input's first line. */
    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] again = console.readPassword("the same again: ");
            boolean same = first != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, ' ');
            }
            if (!same && first != null) {
                Arrays.fill(first, ' ');
            }
            return same ? first : null;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    /** Stops the endpoint on another thread (a signal handler must not wait). */
    static void stopInBackground(SqlEndpoint endpoint) {
        new Thread(() -> {
            try {
                endpoint.stop(GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-stop").start();
    }
}
