package kr.aiacademy.etl.warehouse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users of the endpoint: the environment's one and those of a users file of salted PBKDF2 hashes. */
class UsersTest {

    @TempDir
    Path dir;

    @Test
    void aHashedLineAdmitsItsUserWithItsPasswordOnly() throws Exception {
        String line = Users.line("지민", "correct horse".toCharArray());
        assertThat(line).matches("지민:pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=")
                .doesNotContain("correct horse");
        assertThat(Users.line("지민", "correct horse".toCharArray())).isNotEqualTo(line); // a new salt each time

        Users users = Users.of("analyst", "env-secret").withFile(file("# BI users\n\n" + line + "\n"));

        assertThat(users.accepts("지민", "correct horse")).isTrue();
        assertThat(users.accepts("지민", "correct horsE")).isFalse();
        assertThat(users.accepts("지민", "env-secret")).isFalse();
        assertThat(users.accepts("analyst", "env-secret")).isTrue();
        assertThat(users.accepts("nobody", "correct horse")).isFalse();
    }

    @Test
    void aMalformedLineIsRefusedNamingTheFileAndTheLine() throws Exception {
        Path file = file(Users.line("a", "p".toCharArray()) + "\nb:sha1$1$abc$def\n");
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("users file " + file + " line 2: expected name:pbkdf2-sha256$ITERATIONS$SALT$HASH "
                        + "(as ./etl serve --hash-password NAME prints)");

        Path few = file("c:pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(few))
                .hasMessage("users file " + few + " line 1: 1000 iterations are too few (at least 100000)");

        Path shortHash = file("c:pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA\n");
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(shortHash)).hasMessage("users file " + shortHash
                + " line 1: the salt must be at least 16 bytes and the hash 32 bytes, in base64");

        Path twice = file(Users.line("analyst", "p".toCharArray()) + "\n");
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(twice)).hasMessage("users file " + twice
                + " line 1: user analyst is defined twice (in the file, or as ETL_SERVE_USER)");
    }

    @Test
    void aFileOthersMayReadOrThatCannotBeReadIsRefused() throws Exception {
        Path open = file(Users.line("a", "p".toCharArray()) + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(open)).hasMessage("users file " + open
                + " is readable by other users (rw-r-----): make it owner-only (chmod 600 " + open + ")");

        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Users.of("analyst", "x").withFile(missing))
                .hasMessage("users file " + missing + " does not exist");
    }

    private Path file(String text) throws Exception {
        Path file = Files.createTempFile(dir, "users", "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return Files.writeString(file, text);
    }
}
