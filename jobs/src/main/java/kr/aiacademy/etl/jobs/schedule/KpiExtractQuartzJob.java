package kr.aiacademy.etl.jobs.schedule;

import java.time.LocalDateTime;
import kr.aiacademy.etl.jobs.nightly.KpiExtractTasklet;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;

/** Quartz job firing the KPI extract job through the JobOperator. */
@DisallowConcurrentExecution
public class KpiExtractQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(KpiExtractQuartzJob.class);

    private final JobOperator jobOperator;
    private final org.springframework.batch.core.job.Job kpiExtractJob;

    public KpiExtractQuartzJob(JobOperator jobOperator,
            @Qualifier("kpiExtractJob") org.springframework.batch.core.job.Job kpiExtractJob) {
        this.jobOperator = jobOperator;
        this.kpiExtractJob = kpiExtractJob;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            JobExecution execution = jobOperator.start(kpiExtractJob, new JobParametersBuilder()
                    .addLocalDateTime("run.at", LocalDateTime.now())
                    .addString("trigger", "schedule", false)
                    .addString(KpiExtractTasklet.PERIOD, "month", false)
                    .toJobParameters());
            log.info("scheduled KPI extract: execution {} {}", execution.getId(), execution.getStatus());
            context.setResult("execution " + execution.getId() + " " + execution.getStatus());
        } catch (Exception e) {
            throw new JobExecutionException("scheduled KPI extract failed: " + e.getMessage(), e);
        }
    }
}
