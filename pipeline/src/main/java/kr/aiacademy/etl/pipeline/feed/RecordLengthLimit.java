package kr.aiacademy.etl.pipeline.feed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Hands a CSV parser its characters and fails its read once one record has taken more than {@link #MAX_CHARS} of
 * them (the parser holds a record whole: a hostile field of hundreds of megabytes, or a quote left open near the
 * start of a big file, would otherwise exhaust the heap). The count starts again at each record the parser hands
 * out ({@link #recordDone}); what the parser has read ahead counts for the next one, so the limit holds within a
 * buffer's length.
 */
final class RecordLengthLimit extends FilterReader {

    /** The most characters of one record: as many as a JSON record's bytes. */
    static final int MAX_CHARS = RecordBytes.MAX_BYTES;

    private long sinceRecord;

    RecordLengthLimit(Reader in) {
        super(in);
    }

    /** The parser has handed out a record: the next one starts. */
    void recordDone() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && (sinceRecord += n) > MAX_CHARS) {
            throw new IOException("a record is longer than " + (MAX_CHARS >> 20) + " MiB");
        }
        return n;
    }
}
