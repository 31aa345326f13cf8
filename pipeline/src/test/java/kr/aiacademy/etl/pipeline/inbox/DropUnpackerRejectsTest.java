package kr.aiacademy.etl.pipeline.inbox;

import static kr.aiacademy.etl.pipeline.inbox.DropUnpackerFormatsTest.CSV;
import static kr.aiacademy.etl.pipeline.inbox.DropUnpackerSafetyTest.assertLeftNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import kr.aiacademy.etl.pipeline.inbox.TestArchives.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives: bombs, size limits, corrupt input, and archives without data (a drop of one file: LandedFileTest). */
class DropUnpackerRejectsTest {

    private static final byte[] DATA = TestArchives.csv(20_000, 3);

    @TempDir
    Path tmp;

    private final DropUnpacker unpacker = new DropUnpacker(UnpackLimits.defaults());

    @Test
    void zipBombIsRejectedForItsRatio() throws Exception {
        Path drop = TestArchives.zipOfZeros(tmp.resolve("enrollment_20210301.zip"), "data.csv", 50L << 20);
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("expansion ratio passes 200:1 (decompression bomb)");
        assertLeftNothing(target);
    }

    @Test
    void zipBombLyingAboutItsSizeIsStoppedWhileStreaming() throws Exception {
        Path drop = TestArchives.lieAboutSizes(
                TestArchives.zipOfZeros(tmp.resolve("enrollment_20210301.zip"), "data.csv", 50L << 20), 100);
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("expansion ratio passes 200:1 (decompression bomb)");
        assertLeftNothing(target);
    }

    @Test
    void archiveLargerThanTheSizeLimitIsRejected() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.csv", DATA);
        entries.put("b.csv", DATA);
        Path drop = TestArchives.tar(tmp.resolve("budget_20210301.tar.gz"), Compression.GZIP, entries);
        Path target = tmp.resolve("out");
        DropUnpacker small = new DropUnpacker(new UnpackLimits(DATA.length + 1000L, 200));

        assertThatThrownBy(() -> small.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("expanded size passes the limit of " + (DATA.length + 1000L) + " bytes");
        assertLeftNothing(target);
    }

    @Test
    void sizeLimitAppliesToZipFilesToo() throws Exception {
        DropUnpacker small = new DropUnpacker(new UnpackLimits(1000, 200));
        Path zip = TestArchives.zip(tmp.resolve("budget_20210302.zip"), Map.of("a.csv", DATA));

        assertThatThrownBy(() -> small.unpack(zip, tmp.resolve("out2"), CSV))
                .hasMessage("expanded size passes the limit of 1000 bytes");
        assertLeftNothing(tmp.resolve("out2"));
    }

    @Test
    void truncatedTarGzIsCorrupt() throws Exception {
        Path drop = TestArchives.truncateToHalf(TestArchives.tar(tmp.resolve("employment_20210301.tar.gz"),
                Compression.GZIP, Map.of("a.csv", DATA)));
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("corrupt or truncated tar.gz file employment_20210301.tar.gz: ");
        assertLeftNothing(target);
    }

    @Test
    void randomBytesNamedZipAreCorrupt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path drop = Files.write(tmp.resolve("awards_20210301.zip"), noise);

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("corrupt or truncated zip file awards_20210301.zip: ");
        assertLeftNothing(tmp.resolve("out"));
    }

    @Test
    void textNamedSevenZIsCorrupt() throws Exception {
        Path drop = Files.writeString(tmp.resolve("awards_20210301.7z"), "not an archive");

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageStartingWith("corrupt or truncated 7z file awards_20210301.7z: ");
    }

    @Test
    void unknownExtensionIsRejectedBeforeReading() {
        assertThatThrownBy(() -> unpacker.unpack(tmp.resolve("awards_20210301.rar"), tmp.resolve("out"), CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("unsupported file type 'awards_20210301.rar'");
    }

    @Test
    void archiveWithOnlyAReadmeHasNoDataFile() throws Exception {
        Path drop = TestArchives.zip(tmp.resolve("awards_20210301.zip"),
                Map.of("README.txt", "nothing here".getBytes(StandardCharsets.UTF_8)));
        Path target = tmp.resolve("out");

        assertThatThrownBy(() -> unpacker.unpack(drop, target, CSV))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("no data file in awards_20210301.zip (expected ")
                .hasMessageContaining("README.txt");
        assertThat(target).doesNotExist();
    }

    @Test
    void emptyTarHasNoDataFile() throws Exception {
        Path drop = TestArchives.tar(tmp.resolve("awards_20210301.tar"), Compression.NONE, Map.of());

        assertThatThrownBy(() -> unpacker.unpack(drop, tmp.resolve("out"), CSV))
                .hasMessageStartingWith("no data file in awards_20210301.tar");
    }
}
