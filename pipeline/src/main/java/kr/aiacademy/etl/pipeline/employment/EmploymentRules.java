package kr.aiacademy.etl.pipeline.employment;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.feed.Values;
import kr.aiacademy.etl.pipeline.normalize.Region;

/**
 * The employment rules of the feed contract. Rule codes are stable: {@code missing_value}, {@code unknown_outcome},
 * {@code missing_employer} (outcome EMPLOYED without employer.brn or employer.name), {@code invalid_brn},
 * {@code unknown_region}, {@code unknown_job_role}, {@code unknown_channel}, {@code invalid_date},
 * {@code invalid_amount}, {@code negative_amount}, {@code future_date} (started_on or surveyed_on later than the
 * load's day plus one). Enumerations are read by name in any case, spaces and hyphens
 * as underscores, and outcomes by their Korean labels too.
 */
final class EmploymentRules implements RecordRules<EmploymentRecord> {

    /** 10 digits, plain or hyphenated as {@code NNN-NN-NNNNN}. */
    private static final Pattern BRN = Pattern.compile("(\\d{3})-(\\d{2})-(\\d{5})|(\\d{3})(\\d{2})(\\d{5})");

    private final LocalDate latestEvent;

    EmploymentRules(LocalDate loadDay) {
        this.latestEvent = loadDay.plusDays(1);
    }

    @Override
    public EmploymentRecord apply(SourceRecord record) throws RuleViolation {
        Values v = new Values(record, latestEvent);
        String applicantId = v.required("applicant_id");
        EmploymentOutcome outcome = v.requiredEnum("outcome", EmploymentOutcome.class, EmploymentOutcome.LABELS,
                "unknown_outcome");
        String brn = v.optional("employer.brn");
        String employerName = v.optional("employer.name");
        if (outcome == EmploymentOutcome.EMPLOYED && (brn == null || employerName == null)) {
            throw new RuleViolation("missing_employer",
                    "outcome EMPLOYED needs employer.brn and employer.name; "
                            + (brn == null ? "employer.brn" : "employer.name") + " is empty");
        }
        String employerBrn = brn == null ? null : brn(brn);
        Region region = v.optionalRegion("employer.region");
        JobRole jobRole = v.optionalEnum("job_role", JobRole.class, null, "unknown_job_role");
        LocalDate startedOn = v.optionalEventDate("started_on");
        HiringChannel channel = v.optionalEnum("channel", HiringChannel.class, null, "unknown_channel");
        return new EmploymentRecord(applicantId, outcome, employerBrn, employerName,
                region == null ? null : region.code(), jobRole == null ? null : jobRole.name(), startedOn,
                channel == null ? null : channel.name(), v.optional("hiring_event"),
                v.optionalAmount("annual_salary_krw"), v.requiredEventDate("surveyed_on"));
    }

    /** The number as {@code NNN-NN-NNNNN}; the detail never repeats it. */
    static String brn(String value) throws RuleViolation {
        Matcher m = BRN.matcher(value);
        if (!m.matches()) {
            throw new RuleViolation("invalid_brn",
                    "employer.brn is not a business registration number (NNN-NN-NNNNN or 10 digits)");
        }
        int g = m.group(1) != null ? 1 : 4;
        return m.group(g) + "-" + m.group(g + 1) + "-" + m.group(g + 2);
    }
}
