package kr.aiacademy.etl.pipeline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "김철수       | 김**",
        "남궁민수     | 남***",
        "김          | 김",
        "John Smith  | J*********",
        "이 수       | 이**",
        "𠮷野家       | 𠮷**"})
    void masksNamesAfterTheFirstCodePoint(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101-1234567", "9001011234567", " 900101-1234567 ", "900101-1", "9001011"})
    void masksRrnsAfterTheSeventhDigit(String rrn) {
        assertThat(Masking.rrn(rrn)).isEqualTo("900101-1******");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345            | *****",
        "900101           | ******",
        "900101-          | *******",
        "abc-defg         | ********",
        "900101-12345678  | ***************",
        "90010112345678   | **************",
        "9001a1-1234567   | **************",
        "900101-123456a   | **************",
        "주민번호          | ****"})
    void masksGarbageRrnsCompletely(String garbage, String masked) {
        assertThat(Masking.rrn(garbage)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kim.cs@example.com  | k***@example.com",
        "a@b.kr              | a***@b.kr",
        "@example.com        | ***@example.com",
        "김철수@회사.kr        | 김***@회사.kr",
        "no-at-sign          | **********"})
    void masksEmailLocalParts(String email, String masked) {
        assertThat(Masking.email(email)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "010-1234-5678     | 010-****-5678",
        "01012345678       | 010****5678",
        "010 1234 5678     | 010 **** 5678",
        "02-123-4567       | 02-1**-4567",
        "(031) 123-4567    | (031) ***-4567",
        "+82 10-1234-5678  | +82 1*-****-5678",
        "010-1234-5678 ext | 010-****-5678 ***",
        "12345678          | 123*5678"})
    void masksPhoneMiddleDigits(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234567    | *******",
        "010-123    | *******",
        "phone      | *****",
        "010-12-34  | *********"})
    void masksShortPhonesCompletely(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void keepsNullAndBlankAsIs(String value) {
        assertThat(Masking.name(value)).isEqualTo(value);
        assertThat(Masking.rrn(value)).isEqualTo(value);
        assertThat(Masking.email(value)).isEqualTo(value);
        assertThat(Masking.phone(value)).isEqualTo(value);
    }
}
