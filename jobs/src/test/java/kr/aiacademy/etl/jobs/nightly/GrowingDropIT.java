package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;

/**
 * A file still being written is not loaded half: while a thread appends to it, runs pass it over and say so;
 * once it stops changing it is loaded once, whole, with the digest of exactly those bytes.
 */
class GrowingDropIT extends InboxRunTest {

    @Test
    void aSurveyFileAppendedToWhileTheRunReadsItIsLoadedOnceWholeWhenItStopsChanging() throws Exception {
        Path file = Files.createDirectories(runs.inbox.resolve("employment")).resolve("employment_20210831.jsonl");
        AtomicLong records = new AtomicLong();
        StringBuilder start = new StringBuilder(); // a file of 20,000 records, in one write
        for (int i = 0; i < 20_000; i++) {
            start.append(record(records.incrementAndGet()));
        }
        Files.writeString(file, start);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try {
                while (writing.get()) {
                    append(file, records);
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        Cli whileWritten;
        try {
            whileWritten = runs.run();
        } finally {
            writing.set(false);
            writer.join();
        }
        Cli afterwards = runs.run();
        Cli again = runs.run();

        assertThat(whileWritten.status()).as(whileWritten.err()).isZero();
        assertThat(whileWritten.out()).contains("\"seen\":0").contains("passed over employment/"
                + "employment_20210831.jsonl: still being written (it changed while it was ");
        assertThat(afterwards.out()).contains("\"loaded\":1");
        assertThat(again.out()).contains("\"seen\":0").doesNotContain("passed over");
        assertThat(WarehouseQueries.query(runs.data, "select count(*), count(distinct applicant_id) "
                + "from fact_employment_outcome")).containsExactly(List.of(String.valueOf(records.get()),
                        String.valueOf(records.get())));
        assertThat(WarehouseQueries.query(runs.data, "select rows_loaded, size_bytes from etl_drops"))
                .containsExactly(List.of(String.valueOf(records.get()), String.valueOf(Files.size(file))));
    }

    @Test
    void aFileChangedWithinTheSettleTimeIsPassedOverAndReported() throws Exception {
        Files.createDirectories(runs.inbox.resolve("employment"));
        Files.writeString(runs.inbox.resolve("employment/employment_20210831.jsonl"),
                "{\"applicant_id\":\"A-1\",\"outcome\":\"SEEKING\",\"surveyed_on\":\"2021-08-31\"}\n");

        Cli settling = runs.run("--etl.landing.settle-time=1h");
        Cli settled = runs.run("--etl.landing.settle-time=0s");

        assertThat(settling.out()).contains("\"seen\":0").contains("passed over employment/employment_20210831.jsonl: "
                + "still being written (it changed ").contains(" ago, within the settle time of 3600 s)");
        assertThat(settled.out()).contains("\"loaded\":1");
    }

    private static void append(Path file, AtomicLong records) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(record(records.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String record(long n) {
        return "{\"applicant_id\":\"A-" + n + "\",\"outcome\":\"SEEKING\",\"surveyed_on\":\"2021-08-31\"}\n";
    }
}
