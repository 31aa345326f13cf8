package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly load on drops written by the test: exactly once, latest state, unsafe drops. */
class InboxLoadIT {

    @TempDir
    Path dir;

    private Path inbox;
    private Path data;
    private TestInbox drops;
    private InboxRuns runs;

    @BeforeEach
    void setUp() throws Exception {
        runs = new InboxRuns(dir);
        inbox = runs.inbox;
        data = runs.data;
        drops = runs.drops;
    }

    private Cli run() throws Exception {
        return runs.run();
    }

    @Test
    void aReSentDropIsRecordedOnceAsDuplicateAndNotLoadedAgain() throws Exception {
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        assertThat(run().status()).isZero();
        Files.copy(inbox.resolve("enrollment/enrollment_20210301.csv"),
                inbox.resolve("enrollment/enrollment_20210302.csv"));

        Cli second = run();
        Cli third = run();

        assertThat(second.out()).contains("\"duplicate\":1");
        assertThat(third.out()).contains("\"seen\":0");
        assertThat(WarehouseQueries.query(data, "select drop_name, status, rows_loaded from etl_drops order by 1"))
                .containsExactly(List.of("enrollment_20210301.csv", "LOADED", "1"),
                        List.of("enrollment_20210302.csv", "DUPLICATE", "0"));
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_application")).containsExactly(
                List.of("1"));
    }

    @Test
    void aNewerRowDeliveredBeforeAnOlderOneStillWins() throws Exception {
        drops.csv("enrollment_20210514.csv", drops.row("A-1", 1, "COMPLETED", "광주광역시", "2021-05-14 18:00:00"));
        assertThat(run().status()).isZero();
        drops.csv("enrollment_20210520.csv", drops.row("A-1", 1, "ENROLLED", "Gwangju", "2021-03-02 10:00:00"));

        assertThat(run().status()).isZero();

        assertThat(WarehouseQueries.query(data, "select applicant_id, status from fact_application"))
                .containsExactly(List.of("A-1", "COMPLETED"));
        assertThat(WarehouseQueries.query(data, "select completers from kpi_cohort")).containsExactly(List.of("1"));
    }

    @Test
    void unsafeCorruptAndUnknownDropsAreRejectedAndNothingOfThemReachesTheLake() throws Exception {
        String good = drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00");
        drops.csv("enrollment_20210301.csv", good);
        drops.zip("enrollment_20210302.zip", "../evil.csv", TestInbox.csvText(good));
        drops.bytes("enrollment_20210303.tar", tarWithAbsoluteEntry(TestInbox.csvText(good)));
        drops.zip("enrollment_20210304.zip", "bomb.csv", TestInbox.HEADER + "\n" + "0".repeat(20_000_000));
        byte[] gzip = gzip(TestInbox.csvText(good).repeat(50).getBytes());
        drops.bytes("enrollment_20210305.csv.gz", Arrays.copyOf(gzip, gzip.length / 2));
        drops.bytes("enrollment_20210306.rar", new byte[] {1, 2, 3});
        drops.csv("enrollment_20210307.csv").toFile();
        Files.writeString(inbox.resolve("enrollment_20210309.csv"), "delivered to the wrong folder");
        Files.writeString(inbox.resolve("enrollment/enrollment_20210308.csv"), "applicant_id,cohort\nA-2,1\n");

        Cli run = run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("not read (outside the feed folders").contains("enrollment_20210309.csv");
        assertThat(WarehouseQueries.query(data, "select drop_name, status, reason from etl_drops order by 1"))
                .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                .satisfiesExactly(
                        r -> assertThat(r).isEqualTo("enrollment_20210301.csv LOADED null"),
                        r -> assertThat(r).contains("REJECTED unsafe entry path '../evil.csv'"),
                        r -> assertThat(r).contains("REJECTED unsafe entry path").contains("/etc/evil.csv"),
                        r -> assertThat(r).contains("REJECTED expansion ratio passes 200:1"),
                        r -> assertThat(r).contains("REJECTED corrupt or truncated"),
                        r -> assertThat(r).contains("REJECTED unsupported file type"),
                        r -> assertThat(r).startsWith("enrollment_20210307.csv LOADED"),
                        r -> assertThat(r).contains("REJECTED").contains("lacks required column(s)"));
        try (Stream<Path> lake = Files.walk(data.resolve("lake"))) {
            assertThat(lake.filter(Files::isRegularFile)).hasSize(2);
        }
        assertThat(data.resolve("quarantine/enrollment/enrollment_20210302.zip")).exists();
        assertThat(Files.readString(data.resolve("quarantine/enrollment/enrollment_20210302.zip.reason")))
                .contains("../evil.csv");
        assertThat(dir.resolve("evil.csv")).doesNotExist();
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_application")).containsExactly(
                List.of("1"));
    }

    @Test
    void aCompressedDropFoundCorruptOrABombWhileItsRowsAreReadIsRejectedWholeAndTheRunGoesOn() throws Exception {
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        String[] many = new String[5_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = drops.row("B-" + i, 1, "APPLIED", "광주", "2021-03-01 09:00:00");
        }
        byte[] whole = gzip(TestInbox.csvText(many).getBytes(StandardCharsets.UTF_8));
        // the start decompresses (the drop lands: its header is read there), the end is cut off
        Path truncated = drops.bytes("enrollment_20210302.csv.gz", Arrays.copyOf(whole, whole.length * 7 / 10));
        // a header, then 30 million blank lines: past 200:1 only well after the start
        Path bomb = drops.bytes("enrollment_20210303.csv.gz",
                gzip((TestInbox.HEADER + "\n" + "\n".repeat(30_000_000)).getBytes(StandardCharsets.UTF_8)));
        drops.gzip("enrollment_20210304.csv.gz", drops.row("C-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"),
                drops.row("C-2", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        StringBuilder surveys = new StringBuilder(); // a JSON Lines drop cut off the same way
        for (int i = 0; i < 20_000; i++) {
            surveys.append("{\"applicant_id\":\"B-").append(i).append("\",\"outcome\":\"SEEKING\",")
                    .append("\"surveyed_on\":\"2021-08-31\"}\n");
        }
        byte[] surveyed = gzip(surveys.toString().getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(inbox.resolve("employment"));
        Path truncatedJson = Files.write(inbox.resolve("employment/employment_20210302.jsonl.gz"),
                Arrays.copyOf(surveyed, surveyed.length * 7 / 10));

        Cli run = run();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(WarehouseQueries.query(data, "select drop_name, status, reason from etl_drops order by 1"))
                .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("employment_20210302.jsonl.gz REJECTED corrupt or truncated "
                                + "gzip file employment_20210302.jsonl.gz: "),
                        r -> assertThat(r).isEqualTo("enrollment_20210301.csv LOADED null"),
                        r -> assertThat(r).startsWith("enrollment_20210302.csv.gz REJECTED corrupt or truncated gzip "
                                + "file enrollment_20210302.csv.gz: "),
                        r -> assertThat(r).startsWith("enrollment_20210303.csv.gz REJECTED expansion ratio passes "
                                + "200:1 (decompression bomb)"),
                        r -> assertThat(r).isEqualTo("enrollment_20210304.csv.gz LOADED null"));
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_application")).containsExactly(
                List.of("3"));
        assertThat(WarehouseQueries.query(data, "select count(*) from etl_rejects")).containsExactly(List.of("0"));
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_employment_outcome"))
                .containsExactly(List.of("0"));
        assertThat(run.out()).containsPattern("\"drops\":\\{[^}]*\"rejected\":3")
                .containsPattern("\"drops\":\\{[^}]*\"loaded\":2");
        for (Path rejected : List.of(truncated, bomb, truncatedJson)) {
            Path copy = data.resolve("quarantine").resolve(rejected.getParent().getFileName())
                    .resolve(rejected.getFileName());
            assertThat(copy).hasSameBinaryContentAs(rejected);
            assertThat(copy.resolveSibling(rejected.getFileName() + ".reason")).exists();
        }
        try (Stream<Path> landed = Files.list(data.resolve("landing/enrollment"))) {
            assertThat(landed).as("the landing folders of the loaded drops alone").hasSize(2);
        }
        try (Stream<Path> lake = Files.walk(data.resolve("lake"))) {
            assertThat(lake.filter(Files::isRegularFile)).hasSize(2);
        }
        assertThat(run().status()).as("the next run reads nothing again").isZero();
        assertThat(WarehouseQueries.query(data, "select count(*) from etl_drops")).containsExactly(List.of("5"));
    }

    private static byte[] tarWithAbsoluteEntry(String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] data = content.getBytes();
            TarArchiveEntry entry = new TarArchiveEntry("/etc/evil.csv", true);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
