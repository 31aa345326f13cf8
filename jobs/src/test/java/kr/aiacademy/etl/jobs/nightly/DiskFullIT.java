package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A full disk: the data directory is a real, small file system (a tmpfs in a user and mount namespace of its own,
 * {@code unshare}), the loads run the application jar on it. The run stops with one clear line naming the file and
 * the space, the history records it as failed (not running), and once there is room the next run removes what the
 * failed one left and loads everything.
 */
@Execution(ExecutionMode.CONCURRENT) // its tests are child processes of their own
class DiskFullIT {

    private static final String KEY = "--etl.pii.key=disk-full-test-key-0123456789";

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheRunWithOneClearLineAndAFailedRunInHistory() throws Exception {
        Path inbox = dir.resolve("inbox");
        DemoInboxGenerator.writeScaleInbox(inbox, 10_000, 2);
        Path data = Files.createDirectories(dir.resolve("data"));
        // the drops land as delivered (0.6 MiB, each copy asking for its size and the 4 MiB reserve); the
        // enrollment lake writers do not start, each asking for room for 8 MiB (DiskSpace.CHECK_EVERY) and the
        // reserve: a file system of about 5 to 12 MiB fails there
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=9m,mode=700 tmpfs " + data,
                etl(dir.resolve("run1"), "run", "--inbox", inbox.toString(), "--data-dir", data.toString(), KEY,
                        "--etl.storage.reserve=4MB"),
                etl(dir.resolve("history1"), "history", "--data-dir", data.toString(), "--format", "json"),
                "mount -o remount,size=400m " + data,
                etl(dir.resolve("run2"), "run", "--inbox", inbox.toString(), "--data-dir", data.toString(), KEY,
                        "--quiet", "--etl.storage.reserve=4MB"),
                etl(dir.resolve("history2"), "history", "--data-dir", data.toString(), "--format", "json"),
                etl(dir.resolve("drops"), "sql", "--data-dir", data.toString(), "--format", "csv",
                        "select status, count(*) from etl_drops group by all"),
                "ls -A " + data.resolve("landing/.incoming") + " > " + dir.resolve("incoming.txt"));
        runInNamespace(script);

        assertThat(read("run1.status")).isEqualTo("1");
        assertThat(read("run1.err")).as("standard error").doesNotContain("Exception", "\tat ")
                .satisfies(err -> assertThat(err.lines().count()).isLessThanOrEqualTo(1));
        assertThat(read("run1.out")).doesNotContain("Exception", "\tat ")
                .containsPattern("FAILED \\w+Step: no space left for " + data + "/\\S+: \\d+\\.\\d MiB free on "
                        + ".*, and 4\\.0 MiB must stay free \\(etl\\.storage\\.reserve\\) for the metadata and the "
                        + "log; free space and run again\n");
        assertThat(read("history1.out")).contains("\"status\":\"FAILED\"").doesNotContain("STARTED")
                .contains("no space left for " + data);
        assertThat(read("run2.status")).as(read("run2.out") + read("run2.err")).isEqualTo("0");
        assertThat(read("run2.out")).contains("\"status\":\"COMPLETED\"");
        assertThat(read("drops.out")).isEqualTo("status,count_star()\r\nLOADED,7");
        assertThat(read("history2.out")).contains("\"status\":\"COMPLETED\"").contains("\"status\":\"FAILED\"");
        assertThat(read("incoming.txt")).isEmpty();
    }

    @Test
    void aLogThatCannotBeWrittenIsOneLineOnTheConsoleNotAStackTracePerEvent() throws Exception {
        InboxRuns runs = new InboxRuns(dir);
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        Path logs = Files.createDirectories(runs.data.resolve("logs"));
        String script = String.join("\n",
                "mount -t tmpfs -o size=4k tmpfs " + logs, // the log fills its file system at once
                etl(dir.resolve("run"), "run", "--inbox", runs.inbox.toString(), "--data-dir", runs.data.toString(),
                        "--quiet", KEY, "--etl.landing.settle-time=0s"));

        runInNamespace(script);

        assertThat(read("run.status")).as(read("run.out") + read("run.err")).isEqualTo("0");
        assertThat(read("run.out")).contains("\"status\":\"COMPLETED\"");
        assertThat(read("run.err")).doesNotContain("\tat ", "Exception")
                .startsWith("etl: the log cannot be written: ").contains("No space left on device")
                .satisfies(err -> assertThat(err.lines().count()).isEqualTo(1));
    }

    private void runInNamespace(String script) throws Exception {
        Process process = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(dir.resolve("namespace.txt").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("unshare and tmpfs must be available: " + read("namespace.txt")).isZero();
    }

    /** A shell line running {@code ./etl <args>}: its output, errors and exit status go to files beside {@code out}. */
    private static String etl(Path out, String... args) {
        List<String> command = new ArrayList<>(ChildEtl.command(args));
        return command.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" ")) + " > " + out + ".out 2> "
                + out + ".err; echo $? > " + out + ".status";
    }

    private String read(String file) throws Exception {
        Path path = dir.resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8).strip() : "";
    }
}
