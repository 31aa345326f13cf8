/**
 * KPI exports: the export folders of the published warehouse (extracts as CSV and Parquet, the files of
 * {@link kr.aiacademy.etl.warehouse.kpi.ExportPart}s, manifest.json), the public extract's small-cell suppression,
 * and the KPI history snapshots kept beside the lake.
 */
package kr.aiacademy.etl.warehouse.kpi;
