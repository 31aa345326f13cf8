package kr.aiacademy.etl.pipeline.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1500000000    | 1500000000",
        "0             | 0",
        "007           | 7",
        "'  42 '       | 42",
        "+1000         | 1000"})
    void parsesPlainDigits(String s, long expected) {
        assertThat(Amounts.parseWon(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,500,000,000 | 1500000000",
        "1,000         | 1000",
        "12,345        | 12345",
        "999           | 999",
        "100,000       | 100000"})
    void parsesThousandsSeparators(String s, long expected) {
        assertThat(Amounts.parseWon(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,500,000원    | 1500000",
        "1500 원        | 1500",
        "'1500원 '      | 1500",
        "₩1,500        | 1500",
        "₩ 1,500       | 1500",
        "￦3,000        | 3000",
        "1,500 KRW     | 1500",
        "1500krw       | 1500",
        "₩1,500원       | 1500"})
    void parsesCurrencyMarks(String s, long expected) {
        assertThat(Amounts.parseWon(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1,000        | -1000",
        "-1000         | -1000",
        "-₩1,000       | -1000",
        "₩-1,000       | -1000",
        "-500원         | -500",
        "'  -3 KRW '   | -3",
        "-0            | 0"})
    void returnsNegativesNegative(String s, long expected) {
        assertThat(Amounts.parseWon(s)).isEqualTo(expected);
    }

    @Test
    void parsesTheLongRange() {
        assertThat(Amounts.parseWon("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.parseWon("9,223,372,036,854,775,807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.parseWon("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "99999999999999999999",
        "9,223,372,036,854,775,808"})
    void rejectsOverflow(String s) {
        assertThatThrownBy(() -> Amounts.parseWon(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + s + "' is out of range for an amount in won");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,50,000", "1,5000", "1000,000", ",100", "100,", "1,,000", "1,000,00", "12,34"})
    void rejectsBadGrouping(String s) {
        assertThatThrownBy(() -> Amounts.parseWon(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + s + "' is not an amount in won");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,500.00", "abc", "12a", "1e6", "₩", "-", "+", "--1", "+-1", "1 000", "KRW",
        "원", "1,000 USD", "1,000원원", "1000 원 KRW", "₩₩1", "1-", "$100", "0x10"})
    void rejectsDecimalsAndLetters(String s) {
        assertThatThrownBy(() -> Amounts.parseWon(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + s + "' is not an amount in won");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsEmpty(String s) {
        assertThatThrownBy(() -> Amounts.parseWon(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'' is not an amount in won");
        assertThatThrownBy(() -> Amounts.parseWon(null)).isInstanceOf(InvalidValueException.class);
    }
}
