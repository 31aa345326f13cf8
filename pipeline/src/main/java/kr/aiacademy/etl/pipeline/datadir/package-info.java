/**
 * The data directory: where each kind of file of the pipeline lives (from plain values: feed, digest, ingest date)
 * and the space that must stay free on its file system. Imports no other package of the pipeline.
 */
package kr.aiacademy.etl.pipeline.datadir;
