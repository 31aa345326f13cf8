/** Builds the star schema into a new DuckDB file with set-based SQL over the lake's Parquet files. */
package kr.aiacademy.etl.warehouse.build;
