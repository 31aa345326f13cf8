package kr.aiacademy.etl.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void stripsValuesAndTreatsBlankAsAbsent() throws RuleViolation {
        // given
        Values values = values("id, cohort ,memo", " A1 ", " 3 ", "   ");

        // then
        assertThat(values.required("id")).isEqualTo("A1");
        assertThat(values.requiredInt("cohort", 1, "invalid_cohort")).isEqualTo(3);
        assertThat(values.optional("memo")).isNull();
        assertThat(values.optional("absent")).isNull();
    }

    @Test
    void reportsAnEmptyRequiredValueAsMissingValue() {
        // given
        Values values = values("id,cohort", "A1", "");

        // when / then
        assertThatThrownBy(() -> values.requiredInt("cohort", 1, "invalid_cohort"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("missing_value");
                    assertThat(v.detail()).contains("cohort");
                });
    }

    @Test
    void reportsANonNumberOrTooSmallNumberWithTheGivenRule() {
        // given
        Values text = values("cohort", "three");
        Values small = values("cohort", "0");

        // when / then
        assertThatThrownBy(() -> text.requiredInt("cohort", 1, "invalid_cohort"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("invalid_cohort"));
        assertThatThrownBy(() -> small.requiredInt("cohort", 1, "invalid_cohort"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("invalid_cohort"));
    }

    @Test
    void readsOptionalNumbersAsNullWhenBlank() throws RuleViolation {
        // given
        Values values = values("hours", "");

        // then
        assertThat(values.optionalInt("hours", 0, "invalid_hours_attended")).isNull();
    }

    @Test
    void readsDatesAndTimestampsOrReportsTheirRules() throws RuleViolation {
        // given
        Values values = values("d,t,bad_d,bad_t", "2021.03.02", "2021-03-04 09:15:00", "2021-13-01", "yesterday");

        // then
        assertThat(values.requiredDate("d")).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(values.requiredTimestamp("t")).isEqualTo(LocalDateTime.of(2021, 3, 4, 9, 15));
        assertThatThrownBy(() -> values.requiredDate("bad_d"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("invalid_date"));
        assertThatThrownBy(() -> values.requiredTimestamp("bad_t"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("invalid_timestamp"));
    }

    private static Values values(String header, String... values) {
        return new Values(new SourceRecord("f.csv", 2, new Header(List.of(header.split(",", -1))), values, null));
    }
}
