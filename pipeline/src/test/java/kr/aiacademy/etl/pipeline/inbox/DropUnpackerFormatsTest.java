package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import kr.aiacademy.etl.pipeline.inbox.TestArchives.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropUnpackerFormatsTest {

    static final Predicate<String> CSV = n -> n.toLowerCase(Locale.ROOT).endsWith(".csv");

    private static final byte[] APPLICATIONS = TestArchives.csv(2_000, 1);
    private static final byte[] SCORES = TestArchives.csv(500, 2);

    @TempDir
    Path tmp;

    private final DropUnpacker unpacker = new DropUnpacker(UnpackLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"enrollment_20210301.csv", "employment_20210301.csv.gz"})
    void aDropOfOneFileIsNoArchiveToUnpack(String name) throws Exception {
        Path drop = TestArchives.plain(tmp.resolve(name), APPLICATIONS);

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(name + " is no archive: a drop of one file is landed as it is");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip", "tar", "tar.gz", "tgz", "tar.bz2", "tbz2", "tar.xz", "txz", "7z"})
    void archiveKeepsDataFilesAndListsTheRest(String extension) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("nested/", new byte[0]);
        entries.put("nested/2021/", new byte[0]);
        entries.put("nested/2021/march/", new byte[0]);
        entries.put("nested/2021/march/scores.csv", SCORES);
        entries.put("applications.csv", APPLICATIONS);
        entries.put("README.txt", "read me".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/._applications.csv", new byte[] {0, 5, 22, 7});
        entries.put("__MACOSX/nested/notes.csv", new byte[] {1, 2});
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        entries.put("./empty.csv", new byte[0]);
        Path drop = build(tmp.resolve("budget_20210301." + extension), extension, entries);

        UnpackResult result = unpacker.unpack(drop, tmp.resolve("out"), CSV);

        assertThat(result.dataFiles()).containsExactly(
                Path.of("applications.csv"), Path.of("empty.csv"), Path.of("nested/2021/march/scores.csv"));
        assertThat(result.skippedEntries()).containsExactlyInAnyOrder(
                "README.txt", "__MACOSX/._applications.csv", "__MACOSX/nested/notes.csv", ".DS_Store");
        assertThat(result.expandedBytes()).isEqualTo(APPLICATIONS.length + SCORES.length);
        assertThat(tmp.resolve("out/applications.csv")).hasBinaryContent(APPLICATIONS);
        assertThat(tmp.resolve("out/nested/2021/march/scores.csv")).hasBinaryContent(SCORES);
        assertThat(tmp.resolve("out/empty.csv")).isEmptyFile();
        assertThat(tmp.resolve("out/README.txt")).doesNotExist();
        assertThat(tmp.resolve("out/__MACOSX")).doesNotExist();
        assertThat(tmp.resolve("out/.DS_Store")).doesNotExist();
    }

    @Test
    void existingEmptyTargetDirIsUsed() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("landing/out"));
        Path drop = TestArchives.zip(tmp.resolve("budget_20210301.zip"), Map.of("a.csv", SCORES));

        UnpackResult result = unpacker.unpack(drop, out, CSV);

        assertThat(result.dataFiles()).containsExactly(Path.of("a.csv"));
        assertThat(out.resolve("a.csv")).hasBinaryContent(SCORES);
    }

    @Test
    void resultListsAreSortedAndImmutable() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b.csv", SCORES);
        entries.put("a/z.csv", SCORES);
        entries.put("a.csv", SCORES);
        Path drop = TestArchives.tar(tmp.resolve("budget_20210301.tar"), Compression.NONE, entries);

        List<Path> files = unpacker.unpack(drop, tmp.resolve("out"), CSV).dataFiles();

        assertThat(files).containsExactly(Path.of("a.csv"), Path.of("a/z.csv"), Path.of("b.csv"));
        assertThatThrownBy(() -> files.add(Path.of("x.csv")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static Path build(Path file, String extension, Map<String, byte[]> entries) throws IOException {
        return switch (extension) {
            case "zip" -> TestArchives.zip(file, entries);
            case "tar" -> TestArchives.tar(file, Compression.NONE, entries);
            case "tar.gz", "tgz" -> TestArchives.tar(file, Compression.GZIP, entries);
            case "tar.bz2", "tbz2" -> TestArchives.tar(file, Compression.BZIP2, entries);
            case "tar.xz", "txz" -> TestArchives.tar(file, Compression.XZ, entries);
            case "7z" -> TestArchives.sevenZ(file, entries);
            default -> throw new IllegalArgumentException(extension);
        };
    }
}
