package kr.aiacademy.etl.pipeline.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A JSON file's bytes (byte order mark skipped), read line by line (each decoded strictly) or byte by
 * byte (for {@link JsonArrayReader}).
 */
final class JsonLineReader implements Closeable {

    static final int MAX_LINE_BYTES = RecordBytes.MAX_BYTES;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final RecordBytes line = new RecordBytes();
    private int pos;
    private int limit;
    private int leadingLines;
    private int leadingColumns;

    JsonLineReader(ByteSource file) throws IOException {
        this.in = BOMInputStream.builder().setInputStream(file.open()).setByteOrderMarks(ByteOrderMark.UTF_8).get();
    }

    /** Skips whitespace before the first value, counting lines; the first other byte (not consumed), or -1. */
    int skipWhitespace() throws IOException {
        while (pos < limit || fill()) {
            byte b = buffer[pos];
            if (b == '\n') {
                leadingLines++;
                leadingColumns = 0;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                leadingColumns++;
            } else {
                return b;
            }
            pos++;
        }
        return -1;
    }

    /** Whole lines skipped by {@link #skipWhitespace}. */
    int leadingLines() {
        return leadingLines;
    }

    /** Columns skipped by {@link #skipWhitespace} on the line of the first value. */
    int leadingColumns() {
        return leadingColumns;
    }

    /** The next byte (0-255), or -1 at the end of the file. */
    int read() throws IOException {
        return pos < limit || fill() ? buffer[pos++] & 0xff : -1;
    }

    /** Reads the next line (without its line end) into {@link #line()}; false at the end of the file. */
    boolean readLine() throws IOException {
        line.clear();
        boolean any = false;
        while (pos < limit || fill()) {
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            line.append(buffer, start, pos - start);
            if (pos < limit) {
                pos++;
                return true;
            }
        }
        return any;
    }

    /** The last line read. */
    RecordBytes line() {
        return line;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = Math.max(0, in.read(buffer));
        return limit > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
