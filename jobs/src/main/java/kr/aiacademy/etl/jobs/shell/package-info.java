/**
 * The SQL shell of {@code ./etl sql} and the way results are shown: dot-commands, formats, fitting tables to the
 * terminal; every statement goes through the warehouse's sandboxed reader.
 */
package kr.aiacademy.etl.jobs.shell;
