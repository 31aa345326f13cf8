package kr.aiacademy.etl.pipeline.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-04", "2021.03.04", "2021/03/04", "20210304", " 2021-03-04 ", "\t20210304\n"})
    void parsesEveryDateForm(String s) {
        assertThat(Dates.parseDate(s)).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-29", "2020.02.29", "2020/02/29", "20200229", "2000-02-29"})
    void acceptsLeapDays(String s) {
        assertThat(Dates.parseDate(s).getDayOfMonth()).isEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30", "2021.02.29", "2021/02/29", "20210229", "1900-02-29", "2021-04-31",
        "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32"})
    void rejectsDatesNotOnTheCalendar(String s) {
        assertThatThrownBy(() -> Dates.parseDate(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + s + "' is not a date (yyyy-MM-dd, yyyy.MM.dd, yyyy/MM/dd or yyyyMMdd)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-3-4", "21-03-04", "2021-03/04", "2021.03-04", "202103041", "2021030", "abcd-ef-gh",
        "2021-03-04T00:00", "2021 03 04", "2021-03-0a", "\uFF12\uFF10\uFF12\uFF11-03-04", "+2021-03-04", "-021-03-04"})
    void rejectsOtherShapes(String s) {
        assertThatThrownBy(() -> Dates.parseDate(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + s.trim() + "' is not a date (yyyy-MM-dd, yyyy.MM.dd, yyyy/MM/dd or yyyyMMdd)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejectsEmptyDate(String s) {
        assertThatThrownBy(() -> Dates.parseDate(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("empty date");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-03-04T09:15:00           | 2021-03-04T09:15:00",
        "2021-03-04 09:15:00           | 2021-03-04T09:15:00",
        "2021-03-04T09:15              | 2021-03-04T09:15:00",
        "2021-03-04 09:15              | 2021-03-04T09:15:00",
        "2021-03-04 09:15:07.5         | 2021-03-04T09:15:07.500",
        "2021-03-04T09:15:07.123       | 2021-03-04T09:15:07.123",
        "2021-03-04T09:15:07.123456789 | 2021-03-04T09:15:07.123456789",
        "2021-03-04T23:59:59           | 2021-03-04T23:59:59",
        "2021-03-04T00:00:00           | 2021-03-04T00:00:00",
        "2020-02-29 12:00:00           | 2020-02-29T12:00:00"})
    void parsesLocalTimestampsAsSeoulTimes(String s, String expected) {
        assertThat(Dates.parseTimestamp(s)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-03-04T00:15:00Z          | 2021-03-04T09:15:00",
        "2021-03-04 00:15:00Z          | 2021-03-04T09:15:00",
        "2021-03-04T09:15:00+09:00     | 2021-03-04T09:15:00",
        "2021-03-04T09:15:00+0900      | 2021-03-04T09:15:00",
        "2021-03-04T09:15+09           | 2021-03-04T09:15:00",
        "2021-03-03T19:15:00-05:00     | 2021-03-04T09:15:00",
        "2021-03-04T05:45:00.25+05:30  | 2021-03-04T09:15:00.250",
        "2021-12-31T20:00:00Z          | 2022-01-01T05:00:00",
        "2021-03-04T00:15:00+00:00     | 2021-03-04T09:15:00"})
    void convertsOffsetTimestampsToSeoul(String s, String expected) {
        assertThat(Dates.parseTimestamp(s)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2021-03-04", "2021-03-04T25:00:00", "2021-03-04T24:00:00", "2021-03-04T09:60",
        "2021-03-04T09:15:60", "2021-02-30T09:15:00", "2021-03-04  09:15:00", "2021-03-04T09:15:00.",
        "2021-03-04T09:15:00.1234567890", "2021-03-04T09:15:00+19:00", "2021-03-04T09:15:00Zx",
        "2021-03-04T09:15:00+9:00", "2021-03-04T9:15:00", "2021/03/04 09:15:00", "2021-03-04X09:15:00",
        "2021-03-04T09:15:0", "2021-03-04T09:15.5", "2021-03-04T09:15:00 +09:00", "yesterday"})
    void rejectsInvalidTimestamps(String s) {
        String shown = s == null ? "" : s.trim();
        assertThatThrownBy(() -> Dates.parseTimestamp(s))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + shown + "' is not a timestamp (yyyy-MM-dd HH:mm:ss, Asia/Seoul)");
    }

    @Test
    void seoulIsAsiaSeoul() {
        assertThat(Dates.SEOUL).isEqualTo(ZoneId.of("Asia/Seoul"));
    }
}
