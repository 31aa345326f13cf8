/** {@code ./etl status}: freshness of each feed, the last run, a load running now, the next fires. */
package kr.aiacademy.etl.jobs.status;
