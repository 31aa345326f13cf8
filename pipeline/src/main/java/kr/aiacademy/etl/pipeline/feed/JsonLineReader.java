package kr.aiacademy.etl.pipeline.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/** A JSON file's bytes (byte order mark skipped, counted), read line by line (decoded strictly) or as a reader. */
final class JsonLineReader implements Closeable {

    static final int MAX_LINE_BYTES = 16 << 20;

    private final BoundedInputStream counter;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private boolean lineTooLong;
    private CharBuffer chars = CharBuffer.allocate(1 << 12);
    private int leadingLines;
    private int leadingColumns;

    JsonLineReader(Path file) throws IOException {
        this.counter = BoundedInputStream.builder().setPath(file).get();
        this.in = BOMInputStream.builder().setInputStream(counter).setByteOrderMarks(ByteOrderMark.UTF_8).get();
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

    /** The rest of the file (after {@link #skipWhitespace}), decoded strictly; closing it closes the file. */
    Reader rest() {
        return new JsonUtf8Reader(in, buffer, pos, limit);
    }

    /** Reads the next line (without its line end) into {@code line}; false at the end of the file. */
    boolean readLine() throws IOException {
        lineLength = 0;
        lineTooLong = false;
        boolean any = false;
        while (pos < limit || fill()) {
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            if (pos < limit) {
                pos++;
                return true;
            }
        }
        return any;
    }

    /** Whether the last line read is longer than {@link #MAX_LINE_BYTES} (its bytes are then not kept). */
    boolean lineTooLong() {
        return lineTooLong;
    }

    private void append(int from, int count) {
        if (lineTooLong || lineLength + count > MAX_LINE_BYTES) {
            lineTooLong = true;
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Decodes the line strictly into {@code chars}: its length, or minus the 1-based offset of a bad byte. */
    int decodeLine() {
        if (chars.capacity() < lineLength) {
            chars = CharBuffer.allocate(Math.max(chars.capacity() * 2, lineLength));
        }
        chars.clear();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
        CoderResult result = decoder.reset().decode(bytes, chars, true);
        if (result.isError()) {
            return -(bytes.position() + 1);
        }
        decoder.flush(chars);
        return chars.position();
    }

    /** The characters of the last line decoded by {@link #decodeLine}, from index 0. */
    char[] chars() {
        return chars.array();
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = Math.max(0, in.read(buffer));
        return limit > 0;
    }

    /** Bytes of the file consumed so far. */
    long bytesRead() {
        return counter.getCount();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
