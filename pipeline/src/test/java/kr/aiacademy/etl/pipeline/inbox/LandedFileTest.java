package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.aiacademy.etl.pipeline.inbox.TestArchives.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drop's file as landed, plain or compressed as delivered, read through the expansion limits. */
class LandedFileTest {

    private static final byte[] DATA = TestArchives.csv(20_000, 3);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"gz", "bz2", "xz", "GZ"})
    void aCompressedFileReadsAsItsDataUnderItsInnerName(String extension) throws Exception {
        Compression compression = switch (extension.toLowerCase(Locale.ROOT)) {
            case "gz" -> Compression.GZIP;
            case "bz2" -> Compression.BZIP2;
            default -> Compression.XZ;
        };
        Path file = TestArchives.compressed(tmp.resolve("employment_20210301.csv." + extension), compression, DATA);
        LandedFile landed = landed(file, UnpackLimits.defaults());

        assertThat(landed.name()).isEqualTo("employment_20210301.csv");
        assertThat(landed.compressed()).isTrue();
        assertThat(landed.size()).isEqualTo(Files.size(file));
        assertThat(readAll(landed)).isEqualTo(DATA);
        assertThat(readAll(landed)).as("every pass reads the data anew").isEqualTo(DATA);
        assertThat(landed.bytesRead()).as("bytes of the file on disk, for the progress").isEqualTo(Files.size(file));
    }

    @Test
    void aPlainFileReadsAsItIs() throws Exception {
        Path file = TestArchives.plain(tmp.resolve("enrollment_20210301.csv"), DATA);
        LandedFile landed = landed(file, new UnpackLimits(10, 1));

        assertThat(landed.name()).isEqualTo("enrollment_20210301.csv");
        assertThat(landed.compressed()).isFalse();
        assertThat(readAll(landed)).isEqualTo(DATA);
        assertThat(landed.bytesRead()).isEqualTo(DATA.length);
    }

    @Test
    void theDataFilesOfALandingFolderComeInTheOrderOfTheirPaths() throws Exception {
        Path landing = Files.createDirectories(tmp.resolve("landing/abc"));
        TestArchives.plain(Files.createDirectories(landing.resolve("b")).resolve("z.csv"), DATA);
        TestArchives.plain(landing.resolve("a.csv"), DATA);

        assertThat(LandedFile.in(landing, UnpackLimits.defaults())).extracting(LandedFile::name)
                .containsExactly("a.csv", "b/z.csv");
    }

    @Test
    void aGzipBombFailsAsARejectionForItsRatio() throws Exception {
        LandedFile landed = landed(TestArchives.gzipOfZeros(tmp.resolve("enrollment_20210301.csv.gz"), 20L << 20),
                UnpackLimits.defaults());

        assertThatThrownBy(() -> readAll(landed)).isInstanceOf(DropDecodingException.class)
                .hasMessageStartingWith("expansion ratio passes 200:1 (decompression bomb)");
    }

    @Test
    void theRatioAndSizeLimitsAreTheConfiguredOnes() throws Exception {
        Path file = TestArchives.compressed(tmp.resolve("enrollment_20210301.csv.gz"), Compression.GZIP, DATA);

        assertThatThrownBy(() -> readAll(landed(file, new UnpackLimits(1L << 30, 1))))
                .isInstanceOf(DropDecodingException.class)
                .hasMessageStartingWith("expansion ratio passes 1:1 (decompression bomb)");
        assertThatThrownBy(() -> readAll(landed(file, new UnpackLimits(1000, 200))))
                .isInstanceOf(DropDecodingException.class)
                .hasMessage("expanded size passes the limit of 1000 bytes");
    }

    @Test
    void aTruncatedGzipFailsAsACorruptFileNamingIt() throws Exception {
        Path file = TestArchives.truncateToHalf(
                TestArchives.compressed(tmp.resolve("employment_20210301.csv.gz"), Compression.GZIP, DATA));

        assertThatThrownBy(() -> readAll(landed(file, UnpackLimits.defaults())))
                .isInstanceOf(DropDecodingException.class)
                .hasMessageStartingWith("corrupt or truncated gzip file employment_20210301.csv.gz: ");
    }

    @Test
    void bytesThatAreNoGzipAtAllFailAsACorruptFile() throws Exception {
        Path file = TestArchives.plain(tmp.resolve("employment_20210301.csv.gz"), DATA);

        assertThatThrownBy(() -> readAll(landed(file, UnpackLimits.defaults())))
                .isInstanceOf(DropDecodingException.class)
                .hasMessageStartingWith("corrupt or truncated gzip file employment_20210301.csv.gz: ");
    }

    private static LandedFile landed(Path file, UnpackLimits limits) {
        List<LandedFile> files = LandedFile.in(file.getParent(), limits);
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static byte[] readAll(LandedFile file) throws Exception {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }
}
