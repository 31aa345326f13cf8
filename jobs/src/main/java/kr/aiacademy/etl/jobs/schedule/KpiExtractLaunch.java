package kr.aiacademy.etl.jobs.schedule;

import java.util.Date;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.kpi.KpiExports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The monthly KPI extract: the internal extract of the month before, then (with {@code etl.export.public-monthly},
 * the default) its public extract, two executions of {@code kpiExtractJob}.
 */
@Component
class KpiExtractLaunch implements ScheduledLaunch {

    private static final Logger log = LoggerFactory.getLogger(KpiExtractLaunch.class);

    private final KpiExports exports;
    private final EtlProperties.Export settings;

    KpiExtractLaunch(KpiExports exports, EtlProperties properties) {
        this.exports = exports;
        this.settings = properties.export();
    }

    @Override
    public String jobName() {
        return "kpiExtractJob";
    }

    @Override
    public String subject() {
        return "KPI extract";
    }

    @Override
    public String launch(Date scheduledFireTime) throws Exception {
        JobExecution internal = exports.start("schedule", "month", null);
        String result = "execution " + internal.getId() + " " + internal.getStatus();
        if (settings.publicMonthly()) {
            JobExecution open = exports.start("schedule", "month", settings.suppressBelow());
            result += "; public extract: execution " + open.getId() + " " + open.getStatus();
        }
        log.info("scheduled KPI extract: {}", result);
        return result;
    }
}
