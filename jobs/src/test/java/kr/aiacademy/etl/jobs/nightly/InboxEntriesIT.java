package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;

/** Only regular files of a feed folder are read: links, pipes and sub-folders are passed over and reported. */
class InboxEntriesIT extends InboxRunTest {

    @Test
    void symbolicLinksAreNeverFollowedOutOfTheInbox() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.csv"),
                TestInbox.csvText(runs.drops.row("X-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00")));
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 2, "APPLIED", "광주", "2021-03-01 09:00:00"));
        assertThat(runs.run().status()).isZero(); // the data directory now has its pseudonym key
        Path enrollment = runs.inbox.resolve("enrollment");
        Files.createSymbolicLink(enrollment.resolve("enrollment_20210302.csv"), elsewhere);
        Files.createSymbolicLink(enrollment.resolve("enrollment_20210303.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(enrollment.resolve("enrollment_20210304.csv"),
                runs.data.resolve("state/pii.key"));

        Cli run = runs.run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"seen\":0")
                .contains("passed over enrollment/enrollment_20210302.csv: a symbolic link, not a regular file: "
                        + "not followed")
                .contains("passed over enrollment/enrollment_20210303.csv: a symbolic link")
                .contains("passed over enrollment/enrollment_20210304.csv: a symbolic link");
        assertThat(WarehouseQueries.query(runs.data, "select applicant_id from fact_application"))
                .containsExactly(List.of("A-1"));
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from etl_drops"))
                .containsExactly(List.of("1"));
        assertThat(runs.data.resolve("quarantine")).doesNotExist();
        assertThat(landedFiles()).hasSize(1);
    }

    @Test
    void subFoldersAndNamedPipesAreReportedAndTheRunGoesOn() throws Exception {
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        Path folder = Files.createDirectories(runs.inbox.resolve("enrollment/2021-03"));
        Files.writeString(folder.resolve("enrollment_20210302.csv"),
                TestInbox.csvText(runs.drops.row("A-2", 2, "APPLIED", "광주", "2021-03-02 09:00:00")));
        Path fifo = runs.inbox.resolve("enrollment/enrollment_20210303.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        Cli run = runs.run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("passed over enrollment/2021-03: a folder, not a regular file: not read")
                .contains("passed over enrollment/enrollment_20210303.csv: a named pipe, not a regular file: "
                        + "not opened");
        assertThat(WarehouseQueries.query(runs.data, "select applicant_id from fact_application"))
                .containsExactly(List.of("A-1"));
    }

    private List<Path> landedFiles() throws Exception {
        try (Stream<Path> files = Files.walk(runs.data.resolve("landing"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

}
