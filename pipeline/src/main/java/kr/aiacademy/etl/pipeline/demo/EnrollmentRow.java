package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the enrollment feed as the generator writes it: {@code homeRegion} and {@code status} are the
 * written spellings; {@code hoursAttended} and {@code dormitory} may be {@code null} (written empty);
 * {@code note} only appears in layouts that have that column.
 */
record EnrollmentRow(String applicantId, Cohort cohort, Person person, String homeRegion, String status,
        LocalDate appliedOn, LocalDate statusOn, Integer hoursAttended, String dormitory, LocalDateTime updatedAt,
        String note) {
}
