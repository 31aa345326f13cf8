package kr.aiacademy.etl.pipeline.employment;

import java.util.Map;

/** What a trainee did after the course, as the follow-up survey found it. */
public enum EmploymentOutcome {
    EMPLOYED, STARTUP, GRAD_SCHOOL, SEEKING, OTHER;

    static final Map<String, EmploymentOutcome> LABELS = Map.of(
            "취업", EMPLOYED, "창업", STARTUP, "진학", GRAD_SCHOOL, "구직중", SEEKING, "기타", OTHER);
}
