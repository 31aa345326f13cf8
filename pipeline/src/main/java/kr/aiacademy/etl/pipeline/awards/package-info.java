/** The awards feed: competition awards won by trainees' teams, as JSON Lines or one JSON array per file. */
package kr.aiacademy.etl.pipeline.awards;
