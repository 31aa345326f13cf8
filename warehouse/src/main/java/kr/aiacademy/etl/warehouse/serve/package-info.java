/**
 * {@code ./etl serve}: a read-only Arrow Flight SQL endpoint over the published warehouse for BI tools on other
 * machines, every statement through the sandboxed reader, results streamed with DuckDB's Arrow export.
 */
package kr.aiacademy.etl.warehouse.serve;
