package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo inbox, every feed: exact file names and byte-identical files on every run. */
class DemoFeedFilesTest {

    @Test
    void writesExactlyTheListedDropsByteIdenticallyEveryTime(@TempDir Path a, @TempDir Path b) throws Exception {
        DemoInboxGenerator.writeDemoInbox(a);
        DemoInboxGenerator.writeDemoInbox(b);

        Map<String, String> first = digests(a);
        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(DemoInboxGenerator.ALL_DROP_NAMES)
                .hasSize(DemoInboxGenerator.ALL_DROP_COUNT);
        assertThat(first).isEqualTo(digests(b));
        assertThat(DemoInboxGenerator.ALL_DROP_NAMES).startsWith("enrollment/enrollment_20200914.tar.gz")
                .contains("employment/employment_20211130.jsonl.gz", "awards/awards_20211215.json",
                        "budget/budget_20210331.csv");
    }

    @Test
    void writingAgainOverAnExistingInboxGivesTheSameBytes(@TempDir Path inbox) throws Exception {
        DemoInboxGenerator.writeDemoInbox(inbox);
        Map<String, String> first = digests(inbox);
        DemoInboxGenerator.writeDemoInbox(inbox);
        assertThat(digests(inbox)).isEqualTo(first);
    }

    @Test
    void compressedEmploymentDropIsGzipAndTheRestPlainText(@TempDir Path inbox) throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        try (InputStream in = Files.newInputStream(inbox.resolve("employment/employment_20211130.jsonl.gz"))) {
            byte[] magic = in.readNBytes(2);
            assertThat(magic).containsExactly(0x1f, 0x8b);
        }
        for (String name : new String[] {"employment/employment_20210831.jsonl", "awards/awards_20210630.jsonl"}) {
            String text = Files.readString(inbox.resolve(name));
            assertThat(text).startsWith("{\"").endsWith("}\n").doesNotContain("\r");
        }
    }

    static Map<String, String> digests(Path inbox) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                digests.put(inbox.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
            }
        }
        return digests;
    }
}
