package kr.aiacademy.etl.pipeline.enrollment;

import java.util.Map;
import java.util.Optional;
import kr.aiacademy.etl.pipeline.normalize.Labels;

/** The state of an application; every state but APPLIED means the applicant was admitted. */
public enum EnrollmentStatus {
    APPLIED, ADMITTED, ENROLLED, COMPLETED, DROPPED;

    private static final Map<String, EnrollmentStatus> LABELS = Map.of(
            "지원", APPLIED, "합격", ADMITTED, "입교", ENROLLED, "수료", COMPLETED, "중도탈락", DROPPED);

    public static Optional<EnrollmentStatus> parse(String value) {
        return Labels.lookup(EnrollmentStatus.class, value, LABELS);
    }
}
