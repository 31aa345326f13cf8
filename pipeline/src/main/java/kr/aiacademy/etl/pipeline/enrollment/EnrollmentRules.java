package kr.aiacademy.etl.pipeline.enrollment;

import java.time.LocalDate;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.feed.Values;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;
import kr.aiacademy.etl.pipeline.normalize.Region;
import kr.aiacademy.etl.pipeline.normalize.Regions;
import kr.aiacademy.etl.pipeline.privacy.Echo;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import kr.aiacademy.etl.pipeline.privacy.Rrn;

/**
 * The enrollment rules of the feed contract. Rule codes are stable: {@code missing_value}, {@code invalid_cohort},
 * {@code invalid_date}, {@code course_end_before_start}, {@code invalid_planned_hours}, {@code invalid_rrn},
 * {@code unknown_region}, {@code unknown_status}, {@code status_before_applied}, {@code invalid_hours_attended},
 * {@code invalid_dormitory}, {@code invalid_timestamp}, {@code future_date} (applied_on, status_on or updated_at
 * later than the load's day plus one; course dates may lie in the future).
 */
final class EnrollmentRules implements RecordRules<EnrollmentRecord> {

    private final Pseudonymizer pseudonymizer;
    private final LocalDate latestEvent;

    EnrollmentRules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        this.pseudonymizer = pseudonymizer;
        this.latestEvent = loadDay.plusDays(1);
    }

    @Override
    public EnrollmentRecord apply(SourceRecord record) throws RuleViolation {
        Values v = new Values(record, latestEvent);
        String applicantId = v.required("applicant_id");
        int cohort = v.requiredInt("cohort", 1, "invalid_cohort");
        LocalDate courseStart = v.requiredDate("course_start");
        LocalDate courseEnd = v.requiredDate("course_end");
        if (courseEnd.isBefore(courseStart)) {
            throw new RuleViolation("course_end_before_start",
                    "course_end " + courseEnd + " is before course_start " + courseStart);
        }
        int plannedHours = v.requiredInt("planned_hours", 1, "invalid_planned_hours");
        v.required("name");
        Rrn rrn = rrn(v.required("rrn"));
        Region region = region(v.required("home_region"));
        EnrollmentStatus status = status(v.required("status"));
        LocalDate appliedOn = v.requiredEventDate("applied_on");
        LocalDate statusOn = v.requiredEventDate("status_on");
        if (statusOn.isBefore(appliedOn)) {
            throw new RuleViolation("status_before_applied",
                    "status_on " + statusOn + " is before applied_on " + appliedOn);
        }
        Integer hoursAttended = v.optionalInt("hours_attended", 0, "invalid_hours_attended");
        Boolean dormitory = dormitory(v.optional("dormitory"));
        return new EnrollmentRecord(applicantId, cohort, courseStart, courseEnd, plannedHours,
                pseudonymizer.pseudonym(rrn.digits()), rrn.birthYear(), rrn.sex().name(), region.code(),
                status, appliedOn, statusOn, hoursAttended, dormitory, v.requiredEventTimestamp("updated_at"));
    }

    private static Rrn rrn(String value) throws RuleViolation {
        try {
            return Rrn.parse(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_rrn", e.getMessage());
        }
    }

    static Region region(String value) throws RuleViolation {
        return Regions.resolve(value).orElseThrow(() -> new RuleViolation("unknown_region",
                "home_region " + Echo.quoted(value) + " is not a known province or metropolitan city"));
    }

    private static EnrollmentStatus status(String value) throws RuleViolation {
        return EnrollmentStatus.parse(value).orElseThrow(() -> new RuleViolation("unknown_status",
                "status " + Echo.quoted(value) + " is not one of APPLIED 지원, ADMITTED 합격, ENROLLED 입교, "
                        + "COMPLETED 수료, DROPPED 중도탈락"));
    }

    private static Boolean dormitory(String value) throws RuleViolation {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("Y")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("N")) {
            return Boolean.FALSE;
        }
        throw new RuleViolation("invalid_dormitory", "dormitory " + Echo.quoted(value) + " is not Y or N");
    }
}
