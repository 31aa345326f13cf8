package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop the load may not read rejects that drop with the system's reason; the other drops load. The load runs
 * in a child JVM; as root (CI) it runs without the capabilities that let root read any file
 * ({@code CAP_DAC_OVERRIDE}, {@code CAP_DAC_READ_SEARCH}), so that {@code chmod 000} holds for it too.
 */
class UnreadableDropIT {

    private static final String KEY = "--etl.pii.key=unreadable-drop-test-key-0123456789";

    @TempDir
    Path dir;

    @Test
    void anUnreadableDropIsRejectedWithTheSystemsReasonWhileTheOtherDropsLoad() throws Exception {
        InboxRuns runs = new InboxRuns(dir);
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        Path locked = runs.drops.csv("enrollment_20210302.csv",
                runs.drops.row("A-2", 2, "APPLIED", "광주", "2021-03-02 09:00:00"));
        Files.createDirectories(runs.inbox.resolve("employment"));
        Files.writeString(runs.inbox.resolve("employment/employment_20210831.jsonl"),
                "{\"applicant_id\":\"A-1\",\"outcome\":\"SEEKING\",\"surveyed_on\":\"2021-08-31\"}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        Child first = runWithoutReadOverride(runs);
        Child second = runWithoutReadOverride(runs);

        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).contains("\"rejected\":1").contains("\"loaded\":2");
        String reason = "cannot read enrollment_20210302.csv: Permission denied (mode ---------, owner ";
        assertThat(WarehouseQueries.query(runs.data, "select drop_name, status, reason from etl_drops order by 1"))
                .extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
                .satisfiesExactly(
                        row -> assertThat(row).isEqualTo("employment_20210831.jsonl LOADED null"),
                        row -> assertThat(row).isEqualTo("enrollment_20210301.csv LOADED null"),
                        row -> assertThat(row).startsWith("enrollment_20210302.csv REJECTED " + reason));
        Path quarantine = runs.data.resolve("quarantine/enrollment");
        assertThat(Files.readString(quarantine.resolve("enrollment_20210302.csv.reason"), StandardCharsets.UTF_8))
                .startsWith(reason);
        assertThat(quarantine.resolve("enrollment_20210302.csv")).doesNotExist();
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).contains("\"seen\":0");
        DropInvariants.hold(runs.data);

        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r-----"));
        Cli third = runs.run(KEY);

        assertThat(third.status()).as(third.err()).isZero();
        assertThat(WarehouseQueries.query(runs.data, "select applicant_id from fact_application order by 1"))
                .containsExactly(List.of("A-1"), List.of("A-2"));
    }

    private record Child(int status, String output) {
    }

    /** {@code ./etl run} in a child JVM for which file permissions hold even when the tests run as root. */
    private Child runWithoutReadOverride(InboxRuns runs) throws Exception {
        List<String> command = new ArrayList<>();
        if ((Integer) Files.getAttribute(dir, "unix:uid") == 0) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(ChildEtl.command("run", "--inbox", runs.inbox.toString(), "--data-dir",
                runs.data.toString(), "--quiet", KEY, "--etl.landing.settle-time=0s")); // drops written just now
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Child(process.exitValue(), output);
    }
}
