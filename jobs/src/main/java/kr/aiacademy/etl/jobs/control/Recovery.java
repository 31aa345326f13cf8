package kr.aiacademy.etl.jobs.control;

import java.util.Comparator;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the run a new load should resume. Called while holding the load lock, so an execution still marked
 * running belongs to a process that died: it is recovered (marked FAILED, restartable). The latest execution,
 * if it was recovered or stopped, is the one to resume.
 */
@Component
public class Recovery {

    private static final Logger log = LoggerFactory.getLogger(Recovery.class);
    private static final String RECOVERED = "batch.recovered";

    private final JobRepository repository;
    private final JobOperator operator;

    Recovery(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    /** The interrupted execution of the job to resume, or null. */
    public JobExecution interrupted(String jobName) {
        Set<JobExecution> running = repository.findRunningJobExecutions(jobName);
        for (JobExecution crashed : running) {
            log.warn("execution {} of {} was left {} by a process that died: recovering it", crashed.getId(),
                    jobName, crashed.getStatus());
            operator.recover(crashed);
        }
        JobInstance last = repository.getLastJobInstance(jobName);
        if (last == null) {
            return null;
        }
        JobExecution latest = repository.getJobExecutions(last).stream()
                .max(Comparator.comparing(JobExecution::getId)).orElse(null);
        if (latest == null) {
            return null;
        }
        boolean recovered = latest.getStatus() == BatchStatus.FAILED
                && (latest.getExecutionContext().containsKey(RECOVERED)
                        || running.stream().anyMatch(e -> e.getId() == latest.getId()));
        return latest.getStatus() == BatchStatus.STOPPED || recovered ? latest : null;
    }

    /** A short description of the running executions, for the message of a refused load. */
    public String describeRunning(String jobName) {
        return repository.findRunningJobExecutions(jobName).stream()
                .map(e -> "execution " + e.getId() + " (" + e.getStatus() + " since " + e.getStartTime() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("a load that has not registered its execution yet");
    }
}
