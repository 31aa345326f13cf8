package kr.aiacademy.etl.pipeline.mentoring;

import java.time.LocalDate;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.feed.Values;

/**
 * The mentoring rules: {@code missing_value}, {@code invalid_cohort} (below 1), {@code invalid_hours} (below 1),
 * {@code invalid_date}, {@code future_date} ({@code held_on} later than the load's day plus one).
 */
final class MentoringRules implements RecordRules<MentoringRecord> {

    private final LocalDate latestEvent;

    MentoringRules(LocalDate loadDay) {
        this.latestEvent = loadDay.plusDays(1);
    }

    @Override
    public MentoringRecord apply(SourceRecord record) throws RuleViolation {
        Values v = new Values(record, latestEvent);
        return new MentoringRecord(v.required("session_id"), v.required("applicant_id"),
                v.requiredInt("cohort", 1, "invalid_cohort"), v.required("mentor"), v.requiredEventDate("held_on"),
                v.requiredInt("hours", 1, "invalid_hours"));
    }
}
