package kr.aiacademy.etl.pipeline.feed;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetsTest {

    private static final Charset MS949 = Charset.forName("x-windows-949");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CSV = "회계연도,사업코드,사업명,재원,세목,예산액,집행액,기준일\r\n"
            + "2024,GJ-AI-ACADEMY,광주 인공지능사관학교 운영,시비,인건비,\"1,500,000,000\",,2024-03-31\r\n";

    @TempDir
    Path dir;

    @Test
    void keepsTheDeclaredCharsetForACp949File() throws IOException {
        // given
        Path file = write("cp949.csv", CSV.getBytes(MS949));

        // when
        Charset detected = Charsets.detect(ByteSource.of(file), MS949);

        // then
        assertThat(detected).isEqualTo(MS949);
    }

    @Test
    void detectsUtf8WithoutByteOrderMarkFromItsHangul() throws IOException {
        // given
        Path file = write("utf8.csv", CSV.getBytes(UTF_8));

        // when
        Charset detected = Charsets.detect(ByteSource.of(file), MS949);

        // then
        assertThat(detected).isEqualTo(UTF_8);
    }

    @Test
    void detectsUtf8FromItsByteOrderMark() throws IOException {
        // given
        Path file = write("bom.csv", concat(BOM, CSV.getBytes(UTF_8)));

        // when
        Charset detected = Charsets.detect(ByteSource.of(file), MS949);

        // then
        assertThat(detected).isEqualTo(UTF_8);
    }

    @Test
    void takesAByteOrderMarkAsUtf8EvenWhenOnlyAsciiFollows() throws IOException {
        // given
        Path file = write("bom-ascii.csv", concat(BOM, "a,b\r\n1,2\r\n".getBytes(US_ASCII)));

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), MS949)).isEqualTo(UTF_8);
    }

    @Test
    void keepsTheDeclaredCharsetForPureAscii() throws IOException {
        // given
        Path file = write("ascii.csv", "fiscal_year,program_code\r\n2024,GJ-AI-CITY\r\n".getBytes(US_ASCII));

        // when
        Charset detected = Charsets.detect(ByteSource.of(file), MS949);

        // then
        assertThat(detected).isEqualTo(MS949);
    }

    @Test
    void keepsTheDeclaredCharsetForAnEmptyFile() throws IOException {
        // given
        Path file = write("empty.csv", new byte[0]);

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), MS949)).isEqualTo(MS949);
    }

    @Test
    void findsHangulUtf8LateInTheFileAndAcrossTheReadBuffer() throws IOException {
        // given: 64 KiB minus one byte of ASCII, then a Hangul syllable whose three bytes straddle the 64 KiB mark
        Path file = write("late.csv", concat("x".repeat((1 << 16) - 1).getBytes(US_ASCII), "가\r\n".getBytes(UTF_8)));

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), MS949)).isEqualTo(UTF_8);
    }

    @Test
    void keepsTheDeclaredCharsetWhenOneCp949RowFollowsManyUtf8Rows() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(CSV.repeat(2_000).getBytes(UTF_8));
        bytes.writeBytes("2024,GJ-AI-CITY,광주,국비,인건비,1,1,2024-03-31\r\n".getBytes(MS949));
        Path file = write("mixed.csv", bytes.toByteArray());

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), MS949)).isEqualTo(MS949);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "C0AF", // overlong two-byte form of '/'
        "E080AF", // overlong three-byte form
        "EDA080", // UTF-16 surrogate D800
        "F4908080", // above U+10FFFF
        "F5808080", // lead byte never used
        "80", // continuation without lead
        "EAB0" // sequence cut off at the end of the file
    })
    void keepsTheDeclaredCharsetForBytesThatAreNotStrictUtf8(String hex) throws IOException {
        // given
        Path file = write("bad.csv", concat("가,".getBytes(UTF_8), hexBytes(hex)));

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), ISO_8859_1)).isEqualTo(ISO_8859_1);
    }

    @Test
    void acceptsFourByteUtf8() throws IOException {
        // given
        Path file = write("emoji.csv", "a,😀\r\n".getBytes(UTF_8));

        // when / then
        assertThat(Charsets.detect(ByteSource.of(file), MS949)).isEqualTo(UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hexBytes(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
