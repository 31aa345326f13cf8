package kr.aiacademy.etl.pipeline.enrollment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import kr.aiacademy.etl.pipeline.feed.CsvFeed;
import kr.aiacademy.etl.pipeline.feed.Lateness;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Masking;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.LocalDate;

/** The enrollment feed: CSV (RFC 4180, UTF-8, header row) of applications. */
public final class EnrollmentFeed extends CsvFeed<EnrollmentRecord> {

    public static final String NAME = "enrollment";

    private static final Set<String> REQUIRED = Set.of("applicant_id", "cohort", "course_start", "course_end",
            "planned_hours", "name", "rrn", "home_region", "status", "applied_on", "status_on", "updated_at");

    private static final Set<String> KNOWN = Set.of("applicant_id", "cohort", "course_start", "course_end",
            "planned_hours", "name", "rrn", "email", "phone", "home_region", "status", "applied_on", "status_on",
            "hours_attended", "dormitory", "updated_at");

    private static final Map<String, UnaryOperator<String>> PERSONAL = Map.of(
            "name", Masking::name, "rrn", Masking::rrn, "email", Masking::email, "phone", Masking::phone);

    public EnrollmentFeed() {
        super(NAME, REQUIRED, KNOWN, PERSONAL);
    }

    /** Nightly: late after 36 hours, an error after 72. */
    @Override
    public Lateness lateness() {
        return new Lateness(Duration.ofHours(36), Duration.ofHours(72));
    }

    @Override
    public RecordRules<EnrollmentRecord> rules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        return new EnrollmentRules(pseudonymizer, loadDay);
    }

    @Override
    public List<LakeColumn<EnrollmentRecord>> lakeColumns() {
        return List.of(
                LakeColumn.unique("applicant_id", LakeType.STRING, EnrollmentRecord::applicantId),
                LakeColumn.of("cohort", LakeType.INT, EnrollmentRecord::cohort),
                LakeColumn.of("course_start", LakeType.DATE, EnrollmentRecord::courseStart),
                LakeColumn.of("course_end", LakeType.DATE, EnrollmentRecord::courseEnd),
                LakeColumn.of("planned_hours", LakeType.INT, EnrollmentRecord::plannedHours),
                LakeColumn.unique("person_key", LakeType.BINARY, EnrollmentRecord::personKey),
                LakeColumn.of("birth_year", LakeType.INT, EnrollmentRecord::birthYear),
                LakeColumn.of("sex", LakeType.STRING, EnrollmentRecord::sex),
                LakeColumn.of("home_region_code", LakeType.INT, EnrollmentRecord::homeRegionCode),
                LakeColumn.of("status", LakeType.STRING, r -> r.status().name()),
                LakeColumn.of("applied_on", LakeType.DATE, EnrollmentRecord::appliedOn),
                LakeColumn.of("status_on", LakeType.DATE, EnrollmentRecord::statusOn),
                LakeColumn.of("hours_attended", LakeType.INT, EnrollmentRecord::hoursAttended),
                LakeColumn.of("dormitory", LakeType.BOOLEAN, EnrollmentRecord::dormitory),
                LakeColumn.unique("updated_at", LakeType.TIMESTAMP, EnrollmentRecord::updatedAt));
    }
}
