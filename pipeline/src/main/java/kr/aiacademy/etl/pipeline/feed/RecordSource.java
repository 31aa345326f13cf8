package kr.aiacademy.etl.pipeline.feed;

import java.io.Closeable;
import java.io.IOException;

/** Streams the records of one source file, one at a time. */
public interface RecordSource extends Closeable {

    /** The file's columns (for JSON, the union of the fields the feed knows). */
    Header header();

    /**
     * The next record, or null at the end. A record that cannot be read comes back with
     * {@link SourceRecord#malformed()} set; where the format cannot find the next record after it (CSV, a JSON
     * array) it is the last one of the file, in JSON Lines reading goes on with the next line.
     */
    SourceRecord next() throws IOException;
}
