/** Connections to DuckDB files: the sandboxed read-only reader every reader uses, and read-write ones for builds. */
package kr.aiacademy.etl.warehouse.query;
