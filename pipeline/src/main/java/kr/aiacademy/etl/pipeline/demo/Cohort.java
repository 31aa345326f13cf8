package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A cohort (기수) with the course facts every one of its rows repeats. */
record Cohort(int number, LocalDate start, LocalDate end, int plannedHours) {

    /** Hours a steady trainee has attended by {@code day}, scaled by {@code effort} (0–1). */
    int hoursBy(LocalDate day, double effort) {
        double elapsed = (double) ChronoUnit.DAYS.between(start, day) / ChronoUnit.DAYS.between(start, end);
        double clamped = Math.max(0, Math.min(1, elapsed));
        return (int) Math.round(plannedHours * clamped * effort);
    }
}
