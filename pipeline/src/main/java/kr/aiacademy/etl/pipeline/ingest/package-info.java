/** Ingest of landed drops as batch items: read records, apply the feed's rules, write lake and rejects files. */
package kr.aiacademy.etl.pipeline.ingest;
