package kr.aiacademy.etl.pipeline.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiKeyTest {

    @TempDir
    Path tmp;

    @Test
    void usesTheConfiguredKey() {
        PiiKey key = PiiKey.resolve("0123456789abcdef", tmp.resolve("state"), true);
        assertThat(key.bytes()).isEqualTo("0123456789abcdef".getBytes(UTF_8));
        assertThat(key.generated()).isFalse();
        assertThat(tmp.resolve("state")).doesNotExist();
        assertThat(PiiKey.resolve("0123456789abcdef", tmp, false)).isEqualTo(key);
    }

    @Test
    void takesTheConfiguredValueAsIsIncludingSurroundingWhitespace() {
        assertThat(PiiKey.resolve(" 0123456789abcd ", tmp, true).bytes()).isEqualTo(" 0123456789abcd ".getBytes(UTF_8));
    }

    @Test
    void countsCharactersNotBytes() {
        String korean = "가나다라마바사아자차카타파하거너";
        assertThat(PiiKey.resolve(korean, tmp, true).bytes()).isEqualTo(korean.getBytes(UTF_8));
        assertThatThrownBy(() -> PiiKey.resolve("가나다라마바사아자차카타파하거", tmp, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "0123456789abcde", "가나다"})
    void rejectsATooShortKey(String configured) {
        assertThatThrownBy(() -> PiiKey.resolve(configured, tmp, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ETL_PII_KEY must be at least 16 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAConfiguredKeyWhenAsked(String configured) {
        assertThatThrownBy(() -> PiiKey.resolve(configured, tmp, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ETL_PII_KEY is not set: the pseudonym key must come from the environment in this profile");
        assertThat(tmp.resolve("pii.key")).doesNotExist();
    }

    @Test
    void generatesAnOwnerOnlyKeyFileAndReadsItBack() throws IOException {
        Path state = tmp.resolve("state/nested");
        PiiKey generated = PiiKey.resolve(null, state, false);
        assertThat(generated.generated()).isTrue();
        assertThat(generated.bytes()).hasSize(32);

        Path file = state.resolve("pii.key");
        assertThat(Files.readString(file).strip()).isEqualTo(HexFormat.of().formatHex(generated.bytes()));
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files).containsExactly(file);
        }
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        PiiKey reread = PiiKey.resolve("", state, false);
        assertThat(reread.generated()).isFalse();
        assertThat(reread.bytes()).isEqualTo(generated.bytes());
    }

    @Test
    void posixPermissionsAreExactly0600() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        PiiKey.resolve(null, tmp, false);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("pii.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void readsAnExistingHexFile() throws IOException {
        Files.writeString(tmp.resolve("pii.key"), "00112233445566778899AABBCCDDEEFF\n");
        PiiKey key = PiiKey.resolve(null, tmp, false);
        assertThat(key.generated()).isFalse();
        assertThat(key.bytes()).isEqualTo(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not hex at all", "0011", "00112233445566778899aabbccddeeff0"})
    void rejectsAKeyFileThatIsNotAHexKey(String content) throws IOException {
        Files.writeString(tmp.resolve("pii.key"), content);
        assertThatThrownBy(() -> PiiKey.resolve(null, tmp, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverShowsTheKeyAndCopiesIt() {
        byte[] raw = "0123456789abcdef".getBytes(UTF_8);
        PiiKey key = new PiiKey(raw, false);
        raw[0] = 'X';
        assertThat(key.bytes()[0]).isEqualTo((byte) '0');
        key.bytes()[1] = 'X';
        assertThat(key.bytes()[1]).isEqualTo((byte) '1');
        assertThat(key.toString()).doesNotContain("0123").contains("16 bytes");
    }
}
