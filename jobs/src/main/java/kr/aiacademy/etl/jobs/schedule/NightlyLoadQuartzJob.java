package kr.aiacademy.etl.jobs.schedule;

import java.nio.file.Path;
import java.util.Locale;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.jobs.control.LoadAlreadyRunningException;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Quartz job firing one nightly load (trigger {@code schedule}); a load already running makes it skip. */
@DisallowConcurrentExecution
public class NightlyLoadQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(NightlyLoadQuartzJob.class);

    private final NightlyLoad nightlyLoad;
    private final ScheduledInbox inbox;

    public NightlyLoadQuartzJob(NightlyLoad nightlyLoad, ScheduledInbox inbox) {
        this.nightlyLoad = nightlyLoad;
        this.inbox = inbox;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Path folder = inbox.resolve();
        log.info("scheduled nightly load fired ({}), inbox {}", context.getScheduledFireTime(), folder);
        try {
            RunReport report = nightlyLoad.run(folder, "schedule");
            log.info("scheduled nightly load: execution {} {}", report.executionId(), report.status());
            context.setResult(String.format(Locale.ROOT, "execution %d %s in %.1f s: %d drop(s) loaded, %,d rows "
                    + "loaded, %,d rejected", report.executionId(), report.status(),
                    report.duration().toMillis() / 1000.0, report.count(DropStatus.LOADED), report.rowsLoaded(),
                    report.rowsRejected()) + (report.failure() == null ? "" : "; " + report.failure()));
        } catch (LoadAlreadyRunningException e) {
            log.warn("scheduled nightly load skipped: {}", e.getMessage());
            context.setResult("skipped: " + e.getMessage());
        } catch (Exception e) {
            throw new JobExecutionException("scheduled nightly load failed: " + e.getMessage(), e);
        }
    }
}
