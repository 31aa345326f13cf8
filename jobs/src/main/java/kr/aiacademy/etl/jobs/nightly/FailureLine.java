package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.jobs.control.GracefulStop;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Why a run did not complete, as one line: {@code <step>: <cause>}, the cause being the first line of the most
 * telling message (a failed partition's rather than "Partition handler returned an unsuccessful step", the cause
 * of a framework wrapper such as "Unable to process chunk"). As a job listener it puts this line into the job's
 * exit message, so the history shows it too (a step's stored stack trace is cut before its cause).
 */
@Component
class FailureLine implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        String line = of(execution);
        if (line != null && execution.getStatus() == BatchStatus.FAILED) {
            execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), line));
        }
    }

    /** The line for an execution that did not complete; null for one that did. */
    static String of(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return GracefulStop.STOPPED; // not the JobInterruptedException the stop raised
        }
        String partitionFailure = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":") && step.getStatus() == BatchStatus.FAILED
                        && !step.getFailureExceptions().isEmpty())
                .map(step -> FirstLine.pastFrameworkWrappers(step.getFailureExceptions().get(0)))
                .findFirst().orElse(null);
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().contains(":") && step.getStatus() == BatchStatus.FAILED
                    && !step.getFailureExceptions().isEmpty()) {
                return step.getStepName() + ": " + (partitionFailure != null ? partitionFailure
                        : FirstLine.pastFrameworkWrappers(step.getFailureExceptions().get(0)));
            }
        }
        if (execution.getStatus() != BatchStatus.COMPLETED && !execution.getAllFailureExceptions().isEmpty()) {
            return FirstLine.pastFrameworkWrappers(execution.getAllFailureExceptions().get(0));
        }
        return null;
    }
}
