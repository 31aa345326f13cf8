package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDateTime;

/**
 * One application of the demo population: who applied to which cohort and when, how it ends ({@code fate}:
 * APPLIED when not admitted) and, for admitted applicants, the dormitory flag ({@code Y}/{@code N}).
 */
record Application(String id, Cohort cohort, Person person, LocalDateTime appliedAt, Status fate, String dormitory) {

    boolean admitted() {
        return fate.admitted();
    }
}
