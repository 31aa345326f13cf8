package kr.aiacademy.etl.jobs.history;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One execution of the nightly load as the history shows it.
 *
 * @param trigger    the {@code trigger} job parameter ({@code manual}, {@code schedule}, {@code backfill}), or
 *                   {@code restart} when the execution restarted an earlier one of its job instance
 * @param status     Spring Batch's {@code BatchStatus}
 * @param endTime    null while running (or when the process died before it ended)
 * @param failedStep for a run that did not complete: the step that failed, if one did
 * @param failure    for a run that did not complete: the first line of the failure, without exception class
 */
public record PastRun(long executionId, String trigger, String status, LocalDateTime startTime, LocalDateTime endTime,
        Drops drops, long rowsLoaded, long rowsRejected, String failedStep, String failure) {

    /** Drops handled by the execution (ledger rows with its id), by outcome. */
    public record Drops(long seen, long loaded, long duplicate, long rejected) {
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** Seconds from start to end, or null when the run has not ended. */
    public Double seconds() {
        if (startTime == null || endTime == null) {
            return null;
        }
        return Duration.between(startTime, endTime).toMillis() / 1000.0;
    }

    PastRun failedAt(String step, String message) {
        return new PastRun(executionId, trigger, status, startTime, endTime, drops, rowsLoaded, rowsRejected, step,
                message);
    }
}
