package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDateTime;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts one nightly load and describes how it went. */
@Component
public class NightlyLoad {

    private final JobOperator jobOperator;
    private final Job nightlyLoadJob;
    private final DropLedger ledger;

    NightlyLoad(JobOperator jobOperator, Job nightlyLoadJob, DropLedger ledger) {
        this.jobOperator = jobOperator;
        this.nightlyLoadJob = nightlyLoadJob;
        this.ledger = ledger;
    }

    /** Runs the job now, to its end, on the given inbox. */
    public RunReport run(Path inbox, String trigger) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDateTime(KpiExtractTasklet.RUN_AT, LocalDateTime.now())
                .addString(DropLandTasklet.INBOX, inbox.toAbsolutePath().toString(), false)
                .addString("trigger", trigger, false)
                .toJobParameters();
        JobExecution execution = jobOperator.start(nightlyLoadJob, parameters);
        return RunReport.of(execution, ledger.byJobExecution(execution.getId()));
    }
}
