package kr.aiacademy.etl.pipeline.employment;

import java.util.List;
import java.util.Set;
import kr.aiacademy.etl.pipeline.feed.JsonFeed;
import kr.aiacademy.etl.pipeline.feed.Lateness;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.Duration;
import java.time.LocalDate;

/** The employment feed: JSON Lines (or a JSON array) of follow-up survey records, UTF-8. */
public final class EmploymentFeed extends JsonFeed<EmploymentRecord> {

    public static final String NAME = "employment";

    /** The contract's fields in its order; nested objects as dotted paths. */
    private static final List<String> FIELDS = List.of("applicant_id", "outcome", "employer.brn", "employer.name",
            "employer.region", "job_role", "started_on", "channel", "hiring_event", "annual_salary_krw",
            "surveyed_on");

    private static final Set<String> REQUIRED = Set.of("applicant_id", "outcome", "surveyed_on");

    public EmploymentFeed() {
        super(NAME, FIELDS, REQUIRED);
    }

    /** Monthly: late after 35 days, an error after 45. */
    @Override
    public Lateness lateness() {
        return new Lateness(Duration.ofDays(35), Duration.ofDays(45));
    }

    @Override
    public RecordRules<EmploymentRecord> rules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        return new EmploymentRules(loadDay);
    }

    @Override
    public List<LakeColumn<EmploymentRecord>> lakeColumns() {
        return List.of(
                LakeColumn.unique("applicant_id", LakeType.STRING, EmploymentRecord::applicantId),
                LakeColumn.of("outcome", LakeType.STRING, r -> r.outcome().name()),
                LakeColumn.of("employer_brn", LakeType.STRING, EmploymentRecord::employerBrn),
                LakeColumn.of("employer_name", LakeType.STRING, EmploymentRecord::employerName),
                LakeColumn.of("employer_region_code", LakeType.INT, EmploymentRecord::employerRegionCode),
                LakeColumn.of("job_role", LakeType.STRING, EmploymentRecord::jobRole),
                LakeColumn.of("started_on", LakeType.DATE, EmploymentRecord::startedOn),
                LakeColumn.of("channel", LakeType.STRING, EmploymentRecord::channel),
                LakeColumn.of("hiring_event", LakeType.STRING, EmploymentRecord::hiringEvent),
                LakeColumn.of("annual_salary_krw", LakeType.LONG, EmploymentRecord::annualSalaryKrw),
                LakeColumn.of("surveyed_on", LakeType.DATE, EmploymentRecord::surveyedOn));
    }
}
