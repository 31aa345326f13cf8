package kr.aiacademy.etl.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./etl report}: the newest report's path, a browser when asked and there is one, one line when not. */
class ReportCommandIT {

    @TempDir
    Path dir;

    @Test
    void withoutAReportYetSaysSoInOneLineAndExits1() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));

        Cli report = Cli.run("report", "--data-dir", data.toString());

        assertThat(report.status()).isEqualTo(1);
        assertThat(report.out()).isEmpty();
        assertThat(report.err().strip()).isEqualTo("error: no report yet at "
                + data.toAbsolutePath().normalize().resolve("exports/latest/report.html")
                + ": ./etl run writes one with every load");
    }

    @Test
    void aDataDirectoryThatDoesNotExistIsAUsageError() {
        Cli report = Cli.run("report", "--data-dir", dir.resolve("missing").toString());

        assertThat(report.status()).isEqualTo(2);
        assertThat(report.err()).contains("does not exist");
    }

    @Test
    void printsTheNewestReportAndOpensItInTheBrowserOfBrowser() throws Exception {
        Path data = dir.resolve("data");
        Path report = exportFolder(data, "2026-12-01/7");
        Path opened = dir.resolve("opened.txt");
        Path browser = executable(dir.resolve("fake-browser"), "#!/bin/sh\necho \"$1\" > " + opened + "\n");

        Child child = child(data, Map.of("BROWSER", "/no/such/browser:" + browser), "report", "--open");

        assertThat(child.status()).as(child.output()).isZero();
        assertThat(child.output()).startsWith(report.toRealPath() + "\n").contains("opened in " + browser);
        awaitFile(opened);
        assertThat(Files.readString(opened).strip()).isEqualTo(report.toRealPath().toUri().toString());
    }

    @Test
    void withoutABrowserSaysSoAndStillPrintsThePath() throws Exception {
        Path data = dir.resolve("data");
        Path report = exportFolder(data, "2026-12-01/8");

        Child child = child(ChildEtl.jarCommand("report", "--open", "--data-dir", data.toString()),
                Map.of("PATH", Files.createDirectories(dir.resolve("empty-path")).toString()));

        assertThat(child.status()).as(child.output()).isZero();
        assertThat(child.output()).startsWith(report.toRealPath() + "\n").contains("no browser found");
    }

    /** An export folder with a report, and {@code exports/latest} pointing at it as the exporter leaves it. */
    private static Path exportFolder(Path data, String folder) throws Exception {
        Path exports = Files.createDirectories(data.resolve("exports"));
        Path report = Files.createDirectories(exports.resolve(folder)).resolve("report.html");
        Files.writeString(report, "<!DOCTYPE html><title>report</title>");
        Files.createSymbolicLink(exports.resolve("latest"), Path.of(folder));
        return report;
    }

    private static Path executable(Path file, String script) throws Exception {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    record Child(int status, String output) {
    }

    /** {@code ./etl <args>} in a child JVM, without {@code $BROWSER} unless given. */
    private Child child(Path data, Map<String, String> environment, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        return child(ChildEtl.command(all), environment);
    }

    private Child child(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BROWSER");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(process.exitValue(), output);
    }
}
