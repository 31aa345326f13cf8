package kr.aiacademy.etl.pipeline.mentoring;

import java.time.LocalDate;

/** One mentoring session of a trainee, after the rules; the mentor's e-mail address is not kept. */
public record MentoringRecord(String sessionId, String applicantId, int cohort, String mentor, LocalDate heldOn,
        int hours) {
}
