package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;
import kr.aiacademy.etl.jobs.control.Leftovers;
import kr.aiacademy.etl.jobs.control.LoadAlreadyRunningException;
import kr.aiacademy.etl.jobs.control.LoadLock;
import kr.aiacademy.etl.jobs.control.Recovery;
import kr.aiacademy.etl.jobs.kpi.KpiExtractTasklet;
import kr.aiacademy.etl.jobs.metrics.RunMetrics;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs one nightly load to its end: never beside another load, and resuming a run that a crash or a stop
 * interrupted (same inbox) before anything else; an interrupted run of another inbox is abandoned. What
 * interrupted runs left in the data directory is removed first.
 */
@Component
public class NightlyLoad {

    public static final String JOB_NAME = "nightlyLoadJob";

    private final JobOperator jobOperator;
    private final Job nightlyLoadJob;
    private final DropLedger ledger;
    private final LoadLock lock;
    private final Recovery recovery;
    private final Leftovers leftovers;
    private final RunMetrics metrics;

    NightlyLoad(JobOperator jobOperator, Job nightlyLoadJob, DropLedger ledger, LoadLock lock, Recovery recovery,
            Leftovers leftovers, RunMetrics metrics) {
        this.jobOperator = jobOperator;
        this.nightlyLoadJob = nightlyLoadJob;
        this.ledger = ledger;
        this.lock = lock;
        this.recovery = recovery;
        this.leftovers = leftovers;
        this.metrics = metrics;
    }

    /** Runs the job now on the inbox (null: no inbox, as in a backfill). */
    public RunReport run(Path inbox, String trigger) throws Exception {
        return run(inbox, trigger, () -> { });
    }

    /** Runs the job; {@code beforeStart} runs under the load lock, before the job starts. */
    public RunReport run(Path inbox, String trigger, Preparation beforeStart) throws Exception {
        return run(inbox, trigger, false, beforeStart);
    }

    /**
     * Runs the job without an inbox and builds the warehouse in full from the whole lake, whether or not the
     * published one could be updated or is up to date ({@code ./etl rebuild}).
     */
    public RunReport rebuild(String trigger) throws Exception {
        return run(null, trigger, true, () -> { });
    }

    private RunReport run(Path inbox, String trigger, boolean rebuild, Preparation beforeStart) throws Exception {
        LoadLock.Lease lease = lock.tryAcquire().orElseThrow(() -> new LoadAlreadyRunningException(
                "another load is running on this data directory: " + recovery.describeRunning(JOB_NAME)));
        try (lease) {
            String inboxPath = inbox == null ? null : inbox.toAbsolutePath().toString();
            String cleaned = leftovers.clean();
            JobExecution interrupted = recovery.interrupted(JOB_NAME);
            beforeStart.run();
            JobExecution execution;
            String note = null;
            if (interrupted != null && Objects.equals(inboxPath,
                    interrupted.getJobParameters().getString(DropLandTasklet.INBOX))) {
                note = "resumed execution " + interrupted.getId() + " (" + interrupted.getStatus() + ")";
                execution = jobOperator.restart(interrupted);
            } else {
                if (interrupted != null) {
                    note = "abandoned execution " + interrupted.getId() + " of another inbox";
                    jobOperator.abandon(interrupted);
                }
                execution = jobOperator.start(nightlyLoadJob, parameters(inboxPath, trigger, rebuild));
            }
            for (String more : new String[] {cleaned,
                    execution.getExecutionContext().getString(WarehouseUpToDate.NOTE, null),
                    execution.getExecutionContext().getString(WarehouseBuildTasklet.HOW, null)}) {
                if (more != null) {
                    note = note == null ? more : note + "; " + more;
                }
            }
            RunReport report = RunReport.of(execution, ledger.byJobExecution(execution.getId()), note);
            metrics.record(report);
            return report;
        }
    }

    private static JobParameters parameters(String inbox, String trigger, boolean rebuild) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLocalDateTime(KpiExtractTasklet.RUN_AT, LocalDateTime.now())
                .addString("trigger", trigger, false);
        if (rebuild) {
            builder.addString(WarehouseBuildTasklet.REBUILD, "true", false);
        }
        if (inbox != null) {
            builder.addString(DropLandTasklet.INBOX, inbox, false);
        }
        return builder.toJobParameters();
    }

    /** Work done under the load lock before the job starts. */
    @FunctionalInterface
    public interface Preparation {
        void run() throws Exception;
    }
}
