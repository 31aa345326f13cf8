package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo drops as files: names, reproducible bytes, archive layout and metadata. */
class DemoInboxFilesTest {

    @TempDir
    static Path inbox;
    static Path enrollment;

    @BeforeAll
    static void writeDemoInbox() throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        enrollment = inbox.resolve("enrollment");
    }

    @Test
    void writesExactlyTheEightDropsByteIdenticallyEveryTime(@TempDir Path other) throws Exception {
        DemoInboxGenerator.writeDemoInbox(other);

        Map<String, String> first = digests(enrollment);
        Map<String, String> second = digests(other.resolve("enrollment"));
        assertThat(first.keySet()).containsExactlyElementsOf(DemoInboxGenerator.DROP_NAMES);
        assertThat(first).hasSize(DemoInboxGenerator.DROP_COUNT).isEqualTo(second);
        assertThat(first.get(DemoInboxGenerator.DUPLICATE_DROP)).isEqualTo(first.get("enrollment_20210514.csv.gz"));
        assertThat(first.values().stream().distinct()).hasSize(DemoInboxGenerator.DROP_COUNT - 1);
    }

    @Test
    void admissionDropDriftsFromTheUsualLayout() throws IOException {
        Path zip = enrollment.resolve("enrollment_20201005.zip");
        assertThat(DropReader.entryNames(zip)).containsExactly("applications.csv", "__MACOSX/",
                "__MACOSX/._applications.csv");
        try (var file = ZipFile.builder().setPath(zip).get();
                InputStream in = file.getInputStream(file.getEntry("applications.csv"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFapplicant_id,name,rrn,cohort,status,").contains(",note,")
                    .contains("\r\n").doesNotContain(",2020-10-05,").contains("2020.10.05").contains("20201005");
            assertThat(text.split("\r\n")).hasSize(1 + 205);
        }
        assertThat(DropReader.entryNames(enrollment.resolve("enrollment_20200914.tar.gz"))).containsExactly(
                "export/", "export/.DS_Store", "export/README.txt", "export/applications_part1.csv",
                "export/applications_part2.csv");
        assertThat(DropReader.entryNames(enrollment.resolve("enrollment_20210611.tar.gz"))).containsExactly(
                "sis/", "sis/2021/", "sis/2021/applications_cohort2.csv");
    }

    @Test
    void tarEntriesCarryFixedTimesAndNoOwner() throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                Files.newInputStream(enrollment.resolve("enrollment_20200914.tar.gz"))))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                assertThat(e.getModTime().toInstant()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
                assertThat(e.getLongUserId()).isZero();
                assertThat(e.getLongGroupId()).isZero();
                assertThat(e.getUserName()).isEmpty();
                assertThat(e.getGroupName()).isEmpty();
            }
        }
    }

    /** Zip keeps local MS-DOS times: the entries read 2021-01-01 00:00:00 in any zone. */
    @Test
    void zipEntriesCarryTheFixedLocalTime() throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(enrollment.resolve("enrollment_20210705.zip")).get()) {
            zip.getEntries().asIterator().forEachRemaining(e -> assertThat(e.getLastModifiedTime().toInstant())
                    .isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant()));
        }
    }

    private static Map<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                digests.put(f.getFileName().toString(), HexFormat.of().formatHex(hash));
            }
        }
        return digests;
    }
}
