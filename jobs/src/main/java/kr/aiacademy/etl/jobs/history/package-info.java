/**
 * {@code ./etl history}: past runs of the nightly load read from Spring Batch's metadata tables and the drop
 * ledger, as a table or JSON.
 */
package kr.aiacademy.etl.jobs.history;
