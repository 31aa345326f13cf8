/** Run control: never two loads at once, recovery of crashed runs, resuming stopped ones. */
package kr.aiacademy.etl.jobs.control;
