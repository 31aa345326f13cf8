package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DropFormatTest {

    @ParameterizedTest
    @CsvSource({
        "a.csv, PLAIN", "a.jsonl, PLAIN", "a.JSON, PLAIN",
        "a.csv.gz, GZIP", "a.csv.bz2, BZIP2", "a.csv.xz, XZ", "A.CSV.GZ, GZIP",
        "a.zip, ZIP", "a.tar, TAR", "a.7z, SEVEN_Z",
        "a.tar.gz, TAR_GZIP", "a.TGZ, TAR_GZIP", "a.tar.bz2, TAR_BZIP2", "a.tbz2, TAR_BZIP2",
        "a.tar.xz, TAR_XZ", "a.txz, TAR_XZ"})
    void knowsTheFormatFromTheExtension(String name, DropFormat expected) throws Exception {
        assertThat(DropFormat.of(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.rar", "a.csv.rar", "a.txt", "a", "a.zst", "a.gz.tmp"})
    void rejectsOtherExtensions(String name) {
        assertThatThrownBy(() -> DropFormat.of(name))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("unsupported file type '" + name + "': expected .csv, .jsonl, .json, .gz, .bz2, .xz,"
                        + " .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz or .7z");
    }

    @ParameterizedTest
    @CsvSource({"a.csv.gz, GZIP, a.csv", "a.CSV.GZ, GZIP, a.CSV", "x.jsonl.bz2, BZIP2, x.jsonl", "b.csv.xz, XZ, b.csv",
        "a.csv, PLAIN, a.csv", "x.jsonl, PLAIN, x.jsonl"})
    void stripsTheCompressionSuffix(String name, DropFormat format, String inner) {
        assertThat(format.innerName(name)).isEqualTo(inner);
    }
}
