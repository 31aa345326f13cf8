/** The KPI extract job: the KPI views of the published warehouse written to exports/, on its own schedule. */
package kr.aiacademy.etl.jobs.kpi;
