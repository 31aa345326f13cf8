package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @TempDir
    Path tmp;

    @Test
    void digestsAKnownString() throws Exception {
        Path file = Files.writeString(tmp.resolve("abc.txt"), "abc");

        assertThat(Sha256.of(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestsAnEmptyFile() throws Exception {
        Path file = Files.createFile(tmp.resolve("empty"));

        assertThat(Sha256.of(file)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void digestsAFileLargerThanTheBuffer() throws Exception {
        Path file = Files.write(tmp.resolve("big"), new byte[1_000_000]);

        assertThat(Sha256.of(file)).isEqualTo("d29751f2649b32ff572b5e0a9f541ea660a50f94ff0beedfb0b692b924cc8025");
    }
}
