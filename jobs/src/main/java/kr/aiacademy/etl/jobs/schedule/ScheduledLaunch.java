package kr.aiacademy.etl.jobs.schedule;

import java.util.Date;

/**
 * How a schedule starts one Spring Batch job, the job picked by the name in a fire's job data ({@link
 * BatchJobQuartzJob}): each job has its own way in (the nightly load through its run control, the KPI extract
 * as an internal and a public export).
 */
interface ScheduledLaunch {

    /** The Spring Batch job this starts, the name stored in the Quartz job's data. */
    String jobName();

    /** What is started, for messages: "nightly load". */
    String subject();

    /** Starts the job for a fire scheduled at the given time; returns the fire's result as one line. */
    String launch(Date scheduledFireTime) throws Exception;
}
