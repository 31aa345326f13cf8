/** The one place that writes Parquet: lake files of normalized rows and rejects files, written atomically. */
package kr.aiacademy.etl.pipeline.lake;
