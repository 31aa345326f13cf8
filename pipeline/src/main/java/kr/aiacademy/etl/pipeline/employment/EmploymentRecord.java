package kr.aiacademy.etl.pipeline.employment;

import java.time.LocalDate;

/**
 * One survey record after the rules. No personal field exists in this feed.
 *
 * @param employerBrn        business registration number as {@code NNN-NN-NNNNN}, or null
 * @param employerRegionCode administrative code of the employer's 시·도, or null
 * @param jobRole            a job role name ({@code DATA_SCIENTIST}, …), or null
 * @param channel            a hiring channel name ({@code HIRING_FAIR}, …), or null
 */
public record EmploymentRecord(
        String applicantId,
        EmploymentOutcome outcome,
        String employerBrn,
        String employerName,
        Integer employerRegionCode,
        String jobRole,
        LocalDate startedOn,
        String channel,
        String hiringEvent,
        Long annualSalaryKrw,
        LocalDate surveyedOn) {
}
