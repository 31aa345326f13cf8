/** Connections to DuckDB files: read-only for readers of the published warehouse, read-write for builds. */
package kr.aiacademy.etl.warehouse.query;
