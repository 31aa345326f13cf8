package kr.aiacademy.etl.pipeline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EchoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "010-2345-6789|010-****-6789",
        "01023456789|010****6789",
        "010 2345 6789|010 **** 6789",
        "+82 10-2345-6789|+82 1*-****-6789",
        "02-123-4567|02-1**-4567",
        "062-123-4567|062-***-4567",
        "900101-1538264|900101-1******",
        "9001011538264|900101-1******",
        "kim.cs@example.com|k***@example.com",
        "연락처 010-2345-6789 (집)|연락처 010-****-6789 (집)",
        "mail kim.cs@example.co.kr or 010.2345.6789|mail k***@example.co.kr or 010.****.6789"})
    void masksPersonalShapesWhereverTheyStand(String value, String shown) {
        assertThat(Echo.value(value)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,500,000,000원", "1500000000", "2021-03-04 09:15:00", "20210304",
        "410-81-23456", "광주광역시", "GJ-AI-ACADEMY", "A1-0001"})
    void leavesValuesThatAreNotPersonalAsTheyAre(String value) {
        assertThat(Echo.value(value)).isEqualTo(value);
    }

    @Test
    void cutsAValueToTwoHundredCharactersAfterMaskingIt() {
        String value = "010-2345-6789 " + "x".repeat(7_000_000);

        String shown = Echo.value(value);

        assertThat(shown).hasSize(200).startsWith("010-****-6789 xxx").endsWith("x…");
        assertThat(Echo.quoted(value)).hasSize(202);
    }

    @Test
    void masksAHugeValueInLinearTime() {
        String value = "a".repeat(7_000_000) + "@" + "b".repeat(1_000) + " 9".repeat(1_000_000);

        String shown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Echo.value(value));

        assertThat(shown).hasSize(200);
    }

    @Test
    void cutsByCodePointsNeverHalfACharacter() {
        String shown = Echo.value("😀".repeat(300));

        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(200);
        assertThat(shown).endsWith("😀…");
    }

    @Test
    void masksAWholeTextWithoutCuttingIt() {
        String text = "home_region '010-2345-6789' is not a known province; " + "y".repeat(500);

        assertThat(Echo.text(text)).startsWith("home_region '010-****-6789' is not").hasSize(text.length());
    }
}
