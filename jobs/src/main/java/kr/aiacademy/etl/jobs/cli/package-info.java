/** The command line {@code ./etl}: run, sql, demo; exit status 0 success, 1 the work failed, 2 a usage error. */
package kr.aiacademy.etl.jobs.cli;
