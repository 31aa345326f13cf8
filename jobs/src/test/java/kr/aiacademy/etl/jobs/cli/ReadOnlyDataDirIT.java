package kr.aiacademy.etl.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A data directory the command may read but not write (another user's, a read-only mount): the read commands
 * work on it, a load says in one line that it cannot write there. Run as an unprivileged user when the tests run
 * as root (root may write anywhere), else with the write permissions taken away.
 */
@Execution(ExecutionMode.CONCURRENT) // its tests are child processes of their own
class ReadOnlyDataDirIT {

    @TempDir
    static Path root;

    static Path data;
    /** How the commands are started: {@code ./etl} as people run it, or {@code java -jar} on a copy of the jar. */
    static List<String> etl;

    @BeforeAll
    static void loadTheDemoAndMakeItReadOnly() throws Exception {
        data = root.resolve("data");
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
        etl = launcherRunsAsTheUser() ? ChildEtl.command() : copyOfTheJar();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    @Test
    void readCommandsWorkOnIt() throws Exception {
        // the four at once: they only read
        Process historyCommand = start("history");
        Process statusCommand = start("status");
        Process sqlCommand = start("sql", "select competition_ratio from kpi_cohort where cohort = 1");
        Process dryRunCommand = start("backfill", "--from", "2020-01-01", "--to", "2021-12-31", "--dry-run");

        Run history = finish(historyCommand);
        assertThat(history.status).as(history.output).isZero();
        assertThat(history.output).contains("| manual  | COMPLETED |").contains("(1 row)");

        Run status = finish(statusCommand);
        assertThat(status.status).as(status.output).isZero();
        assertThat(status.output).contains("last run: execution 1 COMPLETED");

        Run sql = finish(sqlCommand);
        assertThat(sql.output).contains("5.80");

        Run dryRun = finish(dryRunCommand);
        assertThat(dryRun.status).as(dryRun.output).isZero();
        assertThat(dryRun.output).contains("drop(s) would be re-ingested");

        for (Run run : List.of(history, status, sql, dryRun)) {
            assertThat(run.output).doesNotContain("\tat ").doesNotContain("ERROR").doesNotContain("Exception");
        }
    }

    @Test
    void aLoadSaysInOneLineThatItCannotWriteThere() throws Exception {
        Run load = finish(start("run"));

        assertThat(load.status).isEqualTo(2);
        assertThat(load.output.lines().findFirst().orElseThrow())
                .isEqualTo("data directory " + data + " is not writable: a load writes its lake, warehouse and "
                        + "metadata there (read commands such as history, status and sql work on it as it is)");
        assertThat(load.output).doesNotContain("\tat ");
    }

    private record Run(int status, String output) {
    }

    /**
     * Whether the user may run {@code ./etl} from the checkout (its folders readable by others, as a checkout
     * usually is): the launcher's extracted application and class data sharing take a command ~1.5 s of CPU
     * where {@code java -jar} takes ~6 s, five of them at once on two cores.
     */
    private static boolean launcherRunsAsTheUser() throws Exception {
        Run version = finish(new ProcessBuilder(asTheUser(ChildEtl.command("--version"))).redirectErrorStream(true)
                .start());
        return version.status == 0 && version.output.lines().count() == 1; // and no complaint of unread folders
    }

    /** {@code java -jar} on a copy of the jar where the user can read it, whatever the checkout's folders. */
    private static List<String> copyOfTheJar() throws Exception {
        Path jar = root.resolve("etl.jar");
        Files.copy(ChildEtl.jar(), jar);
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    }

    /** {@code ./etl <arguments> --data-dir <data>} as a user who may not write there. */
    private static Process start(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(etl);
        command.addAll(List.of(arguments));
        command.addAll(List.of("--data-dir", data.toString()));
        Process process = new ProcessBuilder(asTheUser(command)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        return process;
    }

    /** The command as the unprivileged user when the tests run as root (root may write anywhere). */
    private static List<String> asTheUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> unprivileged = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups"));
        unprivileged.addAll(command);
        return unprivileged;
    }

    private static Run finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
