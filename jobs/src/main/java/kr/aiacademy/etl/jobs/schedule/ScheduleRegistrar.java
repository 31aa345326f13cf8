package kr.aiacademy.etl.jobs.schedule;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import kr.aiacademy.etl.jobs.EtlProperties;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the daemon's jobs and cron triggers into the Quartz store. A trigger whose expression and time zone did
 * not change is left as it is, so its misfire state survives restarts; a changed one is rescheduled. After
 * downtime a missed fire time fires once ("fire and proceed"), not once per missed night.
 */
@Component
public class ScheduleRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);
    static final String GROUP = "etl";

    private final Scheduler scheduler;
    private final EtlProperties.Schedule schedule;

    ScheduleRegistrar(Scheduler scheduler, EtlProperties properties) {
        this.scheduler = scheduler;
        this.schedule = properties.schedule();
    }

    /** The next fire time of each registered schedule (none before a daemon first registered them). */
    public Map<String, Date> nextFireTimes() throws SchedulerException {
        Map<String, Date> next = new LinkedHashMap<>();
        for (String name : new String[] {"nightlyLoad", "kpiExtract"}) {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(name + "Trigger", GROUP));
            if (trigger != null && trigger.getNextFireTime() != null) {
                next.put(name + "Job", trigger.getNextFireTime());
            }
        }
        return next;
    }

    /** Registers both schedules; returns each trigger's next fire time. */
    public Map<String, Date> register(String nightlyCron) throws SchedulerException {
        Map<String, Date> next = new LinkedHashMap<>();
        next.put("nightlyLoadJob",
                upsert("nightlyLoad", nightlyCron != null ? nightlyCron : schedule.nightlyCron()));
        next.put("kpiExtractJob", upsert("kpiExtract", schedule.kpiCron()));
        return next;
    }

    /** Schedule {@code <name>} starts the Spring Batch job {@code <name>Job}. */
    private Date upsert(String name, String cron) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(name, GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(name + "Trigger", GROUP);
        JobDetail job = JobBuilder.newJob(BatchJobQuartzJob.class).withIdentity(jobKey)
                .withDescription(name + "Job").usingJobData(BatchJobQuartzJob.JOB_NAME, name + "Job").storeDurably()
                .requestRecovery().build();
        TimeZone zone = TimeZone.getTimeZone(schedule.zone());
        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.addJob(job, true);
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                && current.getTimeZone().getID().equals(zone.getID())) {
            log.info("schedule {} kept: '{}' ({}), next {}", name, cron, zone.getID(), existing.getNextFireTime());
            return existing.getNextFireTime();
        }
        Date next = existing == null ? scheduler.scheduleJob(trigger) : scheduler.rescheduleJob(triggerKey, trigger);
        log.info("schedule {} set: '{}' ({}), next {}", name, cron, zone.getID(), next);
        return next;
    }
}
