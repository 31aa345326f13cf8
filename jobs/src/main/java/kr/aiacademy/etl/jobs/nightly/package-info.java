/** The nightly load job: land new drops, ingest them into the lake, build, check and publish the warehouse. */
package kr.aiacademy.etl.jobs.nightly;
