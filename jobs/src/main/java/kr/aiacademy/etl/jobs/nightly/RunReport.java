package kr.aiacademy.etl.jobs.nightly;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What one run did: drops and rows by outcome, time per step, and why it failed if it did. */
public record RunReport(long executionId, String status, Duration duration, List<LedgerEntry> drops,
        List<StepTime> steps, List<String> warnings, String failure, String note) {

    /** One step's time and the records it handled. */
    public record StepTime(String name, String status, Duration duration, long records) {

        public double recordsPerSecond() {
            double seconds = duration.toNanos() / 1e9;
            return seconds <= 0 ? 0 : records / seconds;
        }
    }

    static RunReport of(JobExecution execution, List<LedgerEntry> drops, String note) {
        List<StepTime> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition of a step: counted in its step
            }
            steps.add(new StepTime(step.getStepName(), step.getStatus().name(),
                    between(step.getStartTime(), step.getEndTime()),
                    step.getExecutionContext().getLong(IngestProgressListener.RECORDS,
                            Math.max(step.getReadCount(), step.getWriteCount()))));
            String stepWarnings = step.getExecutionContext().getString("warnings", "");
            if (!stepWarnings.isBlank()) {
                warnings.addAll(List.of(stepWarnings.split("\n")));
            }
        }
        return new RunReport(execution.getId(), execution.getStatus().name(),
                between(execution.getStartTime(), execution.getEndTime()), drops, steps, warnings,
                FailureLine.of(execution), note);
    }

    public boolean succeeded() {
        return BatchStatus.COMPLETED.name().equals(status);
    }

    public long count(DropStatus status) {
        return drops.stream().filter(d -> d.status() == status).count();
    }

    public long rowsLoaded() {
        return drops.stream().mapToLong(d -> d.rowsLoaded() == null ? 0 : d.rowsLoaded()).sum();
    }

    public long rowsRejected() {
        return drops.stream().mapToLong(d -> d.rowsRejected() == null ? 0 : d.rowsRejected()).sum();
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
