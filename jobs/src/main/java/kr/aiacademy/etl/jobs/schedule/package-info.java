/** The daemon: Quartz fires the nightly load and the KPI extract on cron schedules stored in the metadata database. */
package kr.aiacademy.etl.jobs.schedule;
