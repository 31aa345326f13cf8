package kr.aiacademy.etl.pipeline.employment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.JsonRecordSource;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;

/** The employment feed: JSON Lines (or a JSON array) of follow-up survey records, UTF-8. */
public final class EmploymentFeed implements FeedSpec<EmploymentRecord> {

    public static final String NAME = "employment";

    /** The contract's fields in its order; nested objects as dotted paths. */
    private static final List<String> FIELDS = List.of("applicant_id", "outcome", "employer.brn", "employer.name",
            "employer.region", "job_role", "started_on", "channel", "hiring_event", "annual_salary_krw",
            "surveyed_on");

    private static final Set<String> REQUIRED = Set.of("applicant_id", "outcome", "surveyed_on");

    private static final Set<String> KNOWN = Set.copyOf(FIELDS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDataFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".json");
    }

    @Override
    public RecordSource open(Path file, String sourceFile) throws IOException {
        return new JsonRecordSource(file, sourceFile, FIELDS);
    }

    @Override
    public Header inspectColumns(Path file, String sourceFile) throws IOException {
        return JsonRecordSource.fieldsOf(file);
    }

    @Override
    public Set<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public Set<String> knownColumns() {
        return KNOWN;
    }

    /** None: the survey holds no personal field. */
    @Override
    public Map<String, UnaryOperator<String>> personalColumns() {
        return Map.of();
    }

    @Override
    public RecordRules<EmploymentRecord> rules(Pseudonymizer pseudonymizer) {
        return new EmploymentRules();
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
