package kr.aiacademy.etl.pipeline.enrollment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import kr.aiacademy.etl.pipeline.feed.Charsets;
import kr.aiacademy.etl.pipeline.feed.CsvRecordSource;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Masking;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.LocalDate;

/** The enrollment feed: CSV (RFC 4180, UTF-8, header row) of applications. */
public final class EnrollmentFeed implements FeedSpec<EnrollmentRecord> {

    public static final String NAME = "enrollment";

    private static final Set<String> REQUIRED = Set.of("applicant_id", "cohort", "course_start", "course_end",
            "planned_hours", "name", "rrn", "home_region", "status", "applied_on", "status_on", "updated_at");

    private static final Set<String> KNOWN = Set.of("applicant_id", "cohort", "course_start", "course_end",
            "planned_hours", "name", "rrn", "email", "phone", "home_region", "status", "applied_on", "status_on",
            "hours_attended", "dormitory", "updated_at");

    private static final Map<String, UnaryOperator<String>> PERSONAL = Map.of(
            "name", Masking::name, "rrn", Masking::rrn, "email", Masking::email, "phone", Masking::phone);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDataFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public RecordSource open(Path file, String sourceFile) throws IOException {
        return new CsvRecordSource(file, sourceFile, StandardCharsets.UTF_8);
    }

    /** The header row, once the whole file is known to be UTF-8: a file in another encoding rejects its drop. */
    @Override
    public Header inspectColumns(Path file, String sourceFile) throws IOException {
        if (!Charsets.isUtf8(file)) {
            throw new IOException("the file is not valid UTF-8 (the enrollment feed is UTF-8; was it exported in "
                    + "CP949/EUC-KR?)");
        }
        try (RecordSource source = open(file, sourceFile)) {
            return source.header();
        }
    }

    @Override
    public Set<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public Set<String> knownColumns() {
        return KNOWN;
    }

    @Override
    public Map<String, UnaryOperator<String>> personalColumns() {
        return PERSONAL;
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
