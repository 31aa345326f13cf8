package kr.aiacademy.etl.pipeline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RrnTest {

    @ParameterizedTest
    @CsvSource({
        "900101-1234567, 9001011234567, 1990-01-01, M",
        "8512252234567,  8512252234567, 1985-12-25, F",
        "050315-3234567, 0503153234567, 2005-03-15, M",
        "1007074234567,  1007074234567, 2010-07-07, F",
        "991231-1000000, 9912311000000, 1999-12-31, M",
        "000229-3111111, 0002293111111, 2000-02-29, M"})
    void parsesValidNumbers(String raw, String digits, LocalDate birth, Sex sex) {
        Rrn rrn = Rrn.parse(raw);
        assertThat(rrn.digits()).isEqualTo(digits);
        assertThat(rrn.birthDate()).isEqualTo(birth);
        assertThat(rrn.birthYear()).isEqualTo(birth.getYear());
        assertThat(rrn.sex()).isEqualTo(sex);
    }

    @Test
    void hyphenAndSurroundingWhitespaceAreOptional() {
        Rrn withHyphen = Rrn.parse("900101-1234567");
        Rrn without = Rrn.parse("9001011234567");
        Rrn padded = Rrn.parse("  900101-1234567\t");
        assertThat(withHyphen.digits()).isEqualTo(without.digits()).isEqualTo(padded.digits());
        assertThat(withHyphen).isEqualTo(without).hasSameHashCodeAs(without);
    }

    @Test
    void sexFollowsTheParityOfTheSeventhDigit() {
        assertThat(Rrn.parse("900101-1234567").sex()).isEqualTo(Sex.M);
        assertThat(Rrn.parse("900101-2234567").sex()).isEqualTo(Sex.F);
        assertThat(Rrn.parse("050101-3234567").sex()).isEqualTo(Sex.M);
        assertThat(Rrn.parse("050101-4234567").sex()).isEqualTo(Sex.F);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"900101-123456", "900101123456", "90010112345678", "900101-12345678", "90010a-1234567",
        "900101-12345x7", "900101 1234567", "9001-011234567", "900101--234567", "-9001011234567",
        "9001011-234567", "900101-1234-567", "abcdefghijklm", "   "})
    void rejectsAnythingButThirteenDigits(String raw) {
        assertThatThrownBy(() -> Rrn.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rrn must be 13 digits (YYMMDD-NNNNNNN)");
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '5', '6', '7', '8', '9'})
    void rejectsSeventhDigitOutsideOneToFour(char seventh) {
        assertThatThrownBy(() -> Rrn.parse("900101-" + seventh + "234567"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rrn 7th digit must be 1-4, was " + seventh)
                .message().doesNotContain("234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990230-1234567", "991301-1234567", "990001-1234567", "990100-1234567",
        "990431-2234567", "010229-3234567", "000229-1234567", "000229-2234567"})
    void rejectsBirthDatesNotOnTheCalendarOfTheirCentury(String raw) {
        assertThatThrownBy(() -> Rrn.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rrn birth date " + raw.substring(0, 6) + " is not a real date")
                .message().doesNotContain(raw.substring(8));
    }

    @Test
    void leapDayDependsOnTheCentury() {
        assertThat(Rrn.parse("000229-3234567").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Rrn.parse("000229-4234567").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Rrn.parse("960229-1234567").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThatThrownBy(() -> Rrn.parse("010229-3234567")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Rrn.parse("000229-1234567")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void toStringIsMasked() {
        assertThat(Rrn.parse("900101-1234567")).hasToString("900101-1******");
        assertThat(Rrn.parse("0503154987654").toString()).isEqualTo("050315-4******").doesNotContain("987654");
    }
}
