package kr.aiacademy.etl.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

/** The {@code future_date} rule, checked the same way in the rule tests of every feed. */
public final class FutureDates {

    private FutureDates() {
    }

    /** The rules reject the record as {@code future_date} for the column, naming the day and the latest one. */
    public static void rejected(RecordRules<?> rules, SourceRecord record, String column, LocalDate day,
            LocalDate loadDay) {
        assertThatThrownBy(() -> rules.apply(record)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("future_date");
            assertThat(v.detail()).isEqualTo(column + " " + day + " is later than the load's day plus one ("
                    + loadDay.plusDays(1) + ")");
        });
    }
}
