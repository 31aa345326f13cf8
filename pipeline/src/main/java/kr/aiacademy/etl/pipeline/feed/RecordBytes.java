package kr.aiacademy.etl.pipeline.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one JSON record (a line, or an element of an array), kept up to {@link #MAX_BYTES} (past that
 * only their count), then decoded strictly as UTF-8.
 */
final class RecordBytes {

    static final int MAX_BYTES = 16 << 20;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] bytes = new byte[1 << 12];
    private int length;
    private boolean tooLong;
    private CharBuffer chars = CharBuffer.allocate(1 << 12);

    void clear() {
        length = 0;
        tooLong = false;
    }

    void append(byte[] from, int offset, int count) {
        if (tooLong || length + count > MAX_BYTES) {
            tooLong = true;
            return;
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
        System.arraycopy(from, offset, bytes, length, count);
        length += count;
    }

    void append(byte b) {
        if (tooLong || length == MAX_BYTES) {
            tooLong = true;
            return;
        }
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }

    /** Whether the record is longer than {@link #MAX_BYTES} (its bytes are then not kept). */
    boolean tooLong() {
        return tooLong;
    }

    /** Only spaces, tabs and carriage returns (or nothing). */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Decodes the bytes strictly into {@link #chars}: their length, or minus the 1-based offset of a bad byte. */
    int decode() {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(chars.capacity() * 2, length));
        }
        chars.clear();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CoderResult result = decoder.reset().decode(in, chars, true);
        if (result.isError()) {
            return -(in.position() + 1);
        }
        decoder.flush(chars);
        return chars.position();
    }

    /** The characters of the last {@link #decode}, from index 0. */
    char[] chars() {
        return chars.array();
    }
}
