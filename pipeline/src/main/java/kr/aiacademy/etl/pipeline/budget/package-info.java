/** The budget feed: quarterly budget and execution snapshots from the city finance system (CP949, Korean headers). */
package kr.aiacademy.etl.pipeline.budget;
