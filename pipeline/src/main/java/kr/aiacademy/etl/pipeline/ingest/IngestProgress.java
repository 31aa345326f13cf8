package kr.aiacademy.etl.pipeline.ingest;

/** How far an ingest has read, in bytes of landed data files. */
public interface IngestProgress {

    long totalBytes();

    long bytesRead();
}
