/** The morning report and the data docs in every export folder. */
package kr.aiacademy.etl.jobs.report;
