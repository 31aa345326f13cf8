package kr.aiacademy.etl.pipeline.inbox;

import static kr.aiacademy.etl.pipeline.inbox.DropUnpackerFormatsTest.CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import kr.aiacademy.etl.pipeline.inbox.TestArchives.Compression;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropUnpackerSafetyTest {

    private static final byte[] DATA = TestArchives.csv(200, 7);

    @TempDir
    Path tmp;

    private final DropUnpacker unpacker = new DropUnpacker(UnpackLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"zip", "tar.gz", "7z"})
    void zipSlipEntryRejectsTheWholeDrop(String extension) throws Exception {
        Path drop = DropUnpackerFormatsTest.build(tmp.resolve("enrollment_20210301." + extension), extension,
                entries("good.csv", "../evil.csv"));
        Path target = tmp.resolve("landing/out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("unsafe entry path '../evil.csv' in enrollment_20210301." + extension
                        + ": absolute or climbing out of the archive");

        assertLeftNothing(target);
        assertThat(tmp.resolve("landing/evil.csv")).doesNotExist();
        assertThat(tmp.resolve("evil.csv")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/evil.csv", "\\evil.csv", "C:\\evil.csv", "c:evil.csv", "a/b/../../../evil.csv",
        "a\\..\\..\\evil.csv"})
    void absoluteOrClimbingZipEntryIsRejected(String name) throws Exception {
        Path drop = TestArchives.zip(tmp.resolve("awards_20210301.zip"), entries("good.csv", name));
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                // Commons Compress may turn a zip entry's backslashes into slashes as it reads the name
                .hasMessageContaining("unsafe entry path '" + name.replace('\\', '/') + "'");
        assertLeftNothing(target);
    }

    @Test
    void absoluteTarEntryIsRejected() throws Exception {
        Path drop = TestArchives.tar(tmp.resolve("awards_20210301.tar"), Compression.NONE,
                entries("good.csv", "/etc/evil.csv"));
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageContaining("unsafe entry path '/etc/evil.csv'");
        assertLeftNothing(target);
    }

    @Test
    void unsafeNameIsRejectedEvenForAnEntryThatWouldBeSkipped() throws Exception {
        Path drop = TestArchives.zip(tmp.resolve("awards_20210301.zip"), entries("good.csv", "../README.txt"));

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageContaining("unsafe entry path '../README.txt'");
    }

    @Test
    void symbolicLinkInTarIsRejected() throws Exception {
        Path drop = TestArchives.tarWithLink(tmp.resolve("budget_20210301.tar"), TarConstants.LF_SYMLINK,
                "passwd.csv", "/etc/passwd");
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("link entry 'passwd.csv' in budget_20210301.tar");
        assertLeftNothing(target);
    }

    @Test
    void hardLinkInTarIsRejected() throws Exception {
        Path drop = TestArchives.tarWithLink(tmp.resolve("budget_20210301.tar"), TarConstants.LF_LINK,
                "copy.csv", "data.csv");

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageStartingWith("link entry 'copy.csv'");
        assertLeftNothing(tmp.resolve("out"));
    }

    @Test
    void symbolicLinkInZipIsRejected() throws Exception {
        Path drop = tmp.resolve("budget_20210301.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(drop)) {
            ZipArchiveEntry link = new ZipArchiveEntry("passwd.csv");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageStartingWith("link entry 'passwd.csv' in budget_20210301.zip");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void symbolicLinkIn7zIsRejected() throws Exception {
        Path drop = tmp.resolve("budget_20210301.7z");
        try (SevenZOutputFile out = new SevenZOutputFile(drop.toFile())) {
            SevenZArchiveEntry link = new SevenZArchiveEntry();
            link.setName("passwd.csv");
            link.setHasWindowsAttributes(true);
            link.setWindowsAttributes(0x8000 | ((UnixStat.LINK_FLAG | 0777) << 16));
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageStartingWith("link entry 'passwd.csv' in budget_20210301.7z");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void rejectionEmptiesAnExistingTargetDirButKeepsIt() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("out"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("deep/down/first.csv", DATA);
        entries.put("../evil.csv", DATA);
        Path drop = TestArchives.tar(tmp.resolve("budget_20210301.tgz"), Compression.GZIP, entries);

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV)).isInstanceOf(DropRejectedException.class);

        assertThat(target).isEmptyDirectory();
    }

    @Test
    void duplicateEntryIsRejected() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.csv", DATA);
        entries.put("./a.csv", DATA);
        Path drop = TestArchives.tar(tmp.resolve("budget_20210301.tar"), Compression.NONE, entries);

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("duplicate or conflicting entry './a.csv' in budget_20210301.tar");
        assertLeftNothing(tmp.resolve("out"));
    }

    @Test
    void failingToWriteTheTargetIsAnIoErrorNotARejection() throws Exception {
        Path drop = TestArchives.zip(tmp.resolve("budget_20210301.zip"), entries("a.csv", "b.csv"));
        Path notADirectory = Files.writeString(tmp.resolve("occupied"), "x");

        assertThatThrownBy(() -> unpacker.unpack(drop, notADirectory, CSV)).isInstanceOf(IOException.class);
        assertThat(notADirectory).hasContent("x");
    }

    private static Map<String, byte[]> entries(String... names) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, DATA);
        }
        return entries;
    }

    static void assertLeftNothing(Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> children = Files.list(target)) {
                assertThat(children).as("left in " + target).isEmpty();
            }
        }
    }
}
