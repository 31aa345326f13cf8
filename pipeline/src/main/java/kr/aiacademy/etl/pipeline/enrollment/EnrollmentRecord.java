package kr.aiacademy.etl.pipeline.enrollment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One application after the rules: normalized and pseudonymized. No personal field exists here: the person is
 * a keyed pseudonym with birth year and sex.
 */
public record EnrollmentRecord(
        String applicantId,
        int cohort,
        LocalDate courseStart,
        LocalDate courseEnd,
        int plannedHours,
        byte[] personKey,
        int birthYear,
        String sex,
        int homeRegionCode,
        EnrollmentStatus status,
        LocalDate appliedOn,
        LocalDate statusOn,
        Integer hoursAttended,
        Boolean dormitory,
        LocalDateTime updatedAt) {
}
