/** KPI extracts: the KPI views of the published warehouse written as CSV and Parquet files. */
package kr.aiacademy.etl.warehouse.kpi;
