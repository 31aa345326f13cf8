package kr.aiacademy.etl.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.jobs.cli.EtlCommand;

/** {@code ./etl} in a child JVM (the launcher on the built application jar), to kill it for real. */
public final class ChildEtl {

    private static final Path LAUNCHER = preparedLauncher();

    private final Process process;
    private final Path logFile;
    private final Path outputFile;

    private ChildEtl(Process process, Path logFile, Path outputFile) {
        this.process = process;
        this.logFile = logFile;
        this.outputFile = outputFile;
    }

    /**
     * {@code ./etl <args>}: the launcher at the repository's root, as people run it, on the jar the package phase
     * built. It starts the application from its extracted copy with the class data sharing archive and DuckDB's
     * native library unpacked once, each child JVM some seconds of CPU less than {@code java -jar etl.jar}.
     */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "ETL_JAVA_OPTS=-Xmx512m", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code java -jar etl.jar <args>}, without the launcher: for a child whose environment has no {@code PATH} to
     * the shell and tools the launcher runs with.
     */
    public static List<String> jarCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code ./etl <args>}; the application log goes to {@code <dataDir>/logs/etl.log}. */
    public static ChildEtl start(Path dataDir, String... args) throws IOException {
        return start(dataDir, Map.of(), args);
    }

    /** The same with more environment variables. */
    public static ChildEtl start(Path dataDir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = command(args);
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("child-output.txt").toFile())
                .start();
        return new ChildEtl(process, dataDir.resolve("logs/etl.log"), dataDir.resolve("child-output.txt"));
    }

    /** Waits until the application log contains the text; false if the child ended or time ran out first. */
    public boolean awaitLog(String text, Duration timeout) throws Exception {
        return await(logFile, text, timeout);
    }

    /** Waits until what the child printed contains the text; false if it ended or time ran out first. */
    public boolean awaitOutput(String text, Duration timeout) throws Exception {
        return await(outputFile, text, timeout);
    }

    /** What the child printed (standard output and error). */
    public String output() throws IOException {
        return Files.readString(outputFile);
    }

    private boolean await(Path file, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /**
     * Waits until the application log contains the text, then freezes the child (SIGSTOP) where it is, until
     * {@link #resume()} or a kill. A frozen child keeps its files and locks, and so blocks every process that opens
     * the data directory's metadata through it. False if it ended or time ran out first.
     */
    public boolean pauseWhenLogged(String text, Duration timeout) throws Exception {
        if (!awaitLog(text, timeout)) {
            return false;
        }
        signal("STOP");
        return true;
    }

    /** SIGCONT: a frozen child goes on (and handles the signals it was sent meanwhile). */
    public void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** SIGKILL: the process dies at once, wherever it is (a frozen one too). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, without waiting. */
    public void signalTerm() {
        process.destroy();
    }

    /** SIGTERM, then the exit status. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not stop within " + timeout);
        }
        return process.exitValue();
    }

    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not end within " + timeout);
        }
        return process.exitValue();
    }

    /** The repackaged application jar beside the compiled classes. */
    public static Path jar() {
        try {
            Path classes = Path.of(EtlCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = classes.getParent().resolve("etl.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("build the application jar first (mvn package): " + jar);
            }
            return jar;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The launcher, its extracted copy of the jar made: the first {@code ./etl} after a build extracts the jar and
     * records the archive, which two test JVMs must not do at once (a file lock beside the jar orders them).
     */
    private static Path preparedLauncher() {
        Path jar = jar();
        Path launcher = jar.getParent().getParent().getParent().resolve("etl");
        try (FileChannel channel = FileChannel.open(jar.resolveSibling("app.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Process version = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!version.waitFor(5, TimeUnit.MINUTES) || version.exitValue() != 0) {
                throw new IllegalStateException(launcher + " --version did not run");
            }
            return launcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
