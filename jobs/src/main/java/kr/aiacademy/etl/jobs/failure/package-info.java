/** Failures as one line for people: the first line of the most telling message, never a stack trace. */
package kr.aiacademy.etl.jobs.failure;
