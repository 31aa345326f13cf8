package kr.aiacademy.etl.jobs.schedule;

import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import kr.aiacademy.etl.jobs.control.LoadAlreadyRunningException;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A scheduled nightly load (trigger {@code schedule}) through its run control; a load already running skips it. */
@Component
class NightlyLoadLaunch implements ScheduledLaunch {

    private static final Logger log = LoggerFactory.getLogger(NightlyLoadLaunch.class);

    private final NightlyLoad nightlyLoad;
    private final ScheduledInbox inbox;

    NightlyLoadLaunch(NightlyLoad nightlyLoad, ScheduledInbox inbox) {
        this.nightlyLoad = nightlyLoad;
        this.inbox = inbox;
    }

    @Override
    public String jobName() {
        return "nightlyLoadJob";
    }

    @Override
    public String subject() {
        return "nightly load";
    }

    @Override
    public String launch(Date scheduledFireTime) throws Exception {
        Path folder = inbox.resolve();
        log.info("scheduled nightly load fired ({}), inbox {}", scheduledFireTime, folder);
        try {
            RunReport report = nightlyLoad.run(folder, "schedule");
            log.info("scheduled nightly load: execution {} {}", report.executionId(), report.status());
            return String.format(Locale.ROOT, "execution %d %s in %.1f s: %d drop(s) loaded, %,d rows "
                    + "loaded, %,d rejected", report.executionId(), report.status(),
                    report.duration().toMillis() / 1000.0, report.count(DropStatus.LOADED), report.rowsLoaded(),
                    report.rowsRejected()) + (report.failure() == null ? "" : "; " + report.failure());
        } catch (LoadAlreadyRunningException e) {
            log.warn("scheduled nightly load skipped: {}", e.getMessage());
            return "skipped: " + e.getMessage();
        }
    }
}
