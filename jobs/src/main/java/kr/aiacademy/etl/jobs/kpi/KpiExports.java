package kr.aiacademy.etl.jobs.kpi;

import java.time.LocalDateTime;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts {@code kpiExtractJob}: an internal extract, or a public one (counts below the threshold suppressed), for
 * a day ({@code ./etl export}) or the month before (the monthly schedule). Each start is an execution of its own,
 * so each writes a folder of its own.
 */
@Component
public class KpiExports {

    private final JobOperator jobOperator;
    private final Job kpiExtractJob;

    KpiExports(JobOperator jobOperator, @Qualifier(KpiExtractJobConfiguration.JOB_NAME) Job kpiExtractJob) {
        this.jobOperator = jobOperator;
        this.kpiExtractJob = kpiExtractJob;
    }

    /**
     * @param trigger   {@code manual} or {@code schedule}
     * @param period    {@code day} or {@code month}
     * @param threshold the public extract's threshold; {@code null} for an internal extract
     */
    public JobExecution start(String trigger, String period, Integer threshold) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDateTime(KpiExtractTasklet.RUN_AT, LocalDateTime.now())
                .addString(KpiExtractTasklet.VISIBILITY, threshold == null ? "internal" : "public")
                .addString("trigger", trigger, false)
                .addString(KpiExtractTasklet.PERIOD, period, false);
        if (threshold != null) {
            parameters.addLong(KpiExtractTasklet.THRESHOLD, threshold.longValue(), false);
        }
        return jobOperator.start(kpiExtractJob, parameters.toJobParameters());
    }
}
