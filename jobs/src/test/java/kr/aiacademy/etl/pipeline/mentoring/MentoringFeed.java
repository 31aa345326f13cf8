package kr.aiacademy.etl.pipeline.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.aiacademy.etl.pipeline.feed.CsvFeed;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import kr.aiacademy.etl.pipeline.privacy.Masking;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;

/**
 * A fifth feed that lives in the test sources alone, to show that a feed is registered once: mentoring sessions,
 * CSV (UTF-8, header row), registered in {@code src/test/registration/META-INF/services}, with its staging table
 * ({@code sql/staging/stg_mentoring.sql}) and one model ({@code sql/facts/fact_mentoring_session.sql}) in the test
 * resources. {@code mentor_email} is personal: masked in the rejects, never in the lake.
 */
public final class MentoringFeed extends CsvFeed<MentoringRecord> {

    public static final String NAME = "mentoring";

    private static final Set<String> REQUIRED = Set.of("session_id", "applicant_id", "cohort", "mentor", "held_on",
            "hours");

    private static final Set<String> KNOWN = Set.of("session_id", "applicant_id", "cohort", "mentor",
            "mentor_email", "held_on", "hours");

    public MentoringFeed() {
        super(NAME, REQUIRED, KNOWN, Map.of("mentor_email", Masking::email));
    }

    @Override
    public RecordRules<MentoringRecord> rules(Pseudonymizer pseudonymizer, LocalDate loadDay) {
        return new MentoringRules(loadDay);
    }

    @Override
    public List<LakeColumn<MentoringRecord>> lakeColumns() {
        return List.of(
                LakeColumn.unique("session_id", LakeType.STRING, MentoringRecord::sessionId),
                LakeColumn.of("applicant_id", LakeType.STRING, MentoringRecord::applicantId),
                LakeColumn.of("cohort", LakeType.INT, MentoringRecord::cohort),
                LakeColumn.of("mentor", LakeType.STRING, MentoringRecord::mentor),
                LakeColumn.of("held_on", LakeType.DATE, MentoringRecord::heldOn),
                LakeColumn.of("hours", LakeType.INT, MentoringRecord::hours));
    }
}
