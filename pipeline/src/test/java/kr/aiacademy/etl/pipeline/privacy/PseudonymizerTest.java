package kr.aiacademy.etl.pipeline.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(UTF_8);

    @Test
    void isHmacSha256OfTheDigits() {
        // RFC 4231 test case 1
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertThat(Pseudonymizer.hex(new Pseudonymizer(key).pseudonym("Hi There")))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void isDeterministic() {
        Pseudonymizer p = new Pseudonymizer(KEY);
        byte[] first = p.pseudonym("9001011234567");
        assertThat(first).hasSize(32);
        assertThat(p.pseudonym("9001011234567")).isEqualTo(first);
        assertThat(new Pseudonymizer(KEY.clone()).pseudonym("9001011234567")).isEqualTo(first);
        assertThat(p.pseudonym("9001012234567")).isNotEqualTo(first);
    }

    @Test
    void dependsOnTheKey() {
        byte[] other = "0123456789abcdef-test-kez".getBytes(UTF_8);
        assertThat(new Pseudonymizer(other).pseudonym("9001011234567"))
                .isNotEqualTo(new Pseudonymizer(KEY).pseudonym("9001011234567"));
    }

    @Test
    void isTheSameWithAndWithoutHyphen() {
        Pseudonymizer p = new Pseudonymizer(KEY);
        byte[] plain = p.pseudonym("9001011234567");
        assertThat(p.pseudonym(Rrn.parse("900101-1234567").digits())).isEqualTo(plain);
        assertThat(p.pseudonym(Rrn.parse("9001011234567").digits())).isEqualTo(plain);
        assertThat(p.pseudonym("900101-1234567")).isEqualTo(plain);
    }

    @Test
    void doesNotKeepAReferenceToTheCallersKeyArray() {
        byte[] key = KEY.clone();
        Pseudonymizer p = new Pseudonymizer(key);
        byte[] before = p.pseudonym("9001011234567");
        Arrays.fill(key, (byte) 0);
        assertThat(p.pseudonym("9001011234567")).isEqualTo(before);
    }

    @Test
    void isThreadSafe() {
        Pseudonymizer p = new Pseudonymizer(KEY);
        List<String> sequential = IntStream.range(0, 5_000)
                .mapToObj(i -> Pseudonymizer.hex(p.pseudonym(String.format("900101%07d", i))))
                .collect(Collectors.toList());
        List<String> parallel = IntStream.range(0, 5_000).parallel()
                .mapToObj(i -> Pseudonymizer.hex(p.pseudonym(String.format("900101%07d", i))))
                .collect(Collectors.toList());
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void hexIsLowerCase() {
        assertThat(Pseudonymizer.hex(new byte[] {0x0a, (byte) 0xff, 0x00, 0x7f})).isEqualTo("0aff007f");
        assertThat(Pseudonymizer.hex(new byte[0])).isEmpty();
    }

    @Test
    void rejectsAnEmptyKey() {
        assertThatThrownBy(() -> new Pseudonymizer(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
