/**
 * The KPI extract job: export folders of the published warehouse (internal or public), on its own monthly schedule
 * and from {@code ./etl export}; its tasklet is also the last step of the nightly load.
 */
package kr.aiacademy.etl.jobs.kpi;
