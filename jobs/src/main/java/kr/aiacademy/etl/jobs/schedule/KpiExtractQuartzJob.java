package kr.aiacademy.etl.jobs.schedule;

import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.kpi.KpiExports;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * Quartz job of the monthly KPI extract: the internal extract of the month before, then (with
 * {@code etl.export.public-monthly}, the default) its public extract, two executions of {@code kpiExtractJob}.
 */
@DisallowConcurrentExecution
public class KpiExtractQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(KpiExtractQuartzJob.class);

    private final KpiExports exports;
    private final EtlProperties.Export settings;

    public KpiExtractQuartzJob(KpiExports exports, EtlProperties properties) {
        this.exports = exports;
        this.settings = properties.export();
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            JobExecution internal = exports.start("schedule", "month", null);
            String result = "execution " + internal.getId() + " " + internal.getStatus();
            if (settings.publicMonthly()) {
                JobExecution open = exports.start("schedule", "month", settings.suppressBelow());
                result += "; public extract: execution " + open.getId() + " " + open.getStatus();
            }
            log.info("scheduled KPI extract: {}", result);
            context.setResult(result);
        } catch (Exception e) {
            throw new JobExecutionException("scheduled KPI extract failed: " + e.getMessage(), e);
        }
    }
}
