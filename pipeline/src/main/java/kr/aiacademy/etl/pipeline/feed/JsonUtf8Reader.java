package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** The rest of a JSON file (after {@link JsonLineReader#skipWhitespace}), decoded strictly as UTF-8. */
final class JsonUtf8Reader extends Reader {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final InputStream in;
    private final byte[] buffer;
    private final ByteBuffer bytes;
    private boolean eof;
    private boolean drained;

    /** Reads on from {@code in}, starting with the bytes still unread in {@code buffer} (from pos to limit). */
    JsonUtf8Reader(InputStream in, byte[] buffer, int pos, int limit) {
        this.in = in;
        this.buffer = buffer;
        this.bytes = ByteBuffer.wrap(buffer, pos, limit - pos);
    }

    /** The characters before a bad byte are handed out first, so the error surfaces at the element that holds it. */
    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (drained) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            int count = out.position() - offset;
            if (count > 0 || length == 0) {
                return count;
            }
            if (result.isError()) {
                throw new MalformedInputException(result.length());
            }
            if (eof) {
                drained = true;
                decoder.flush(out);
                return out.position() > offset ? out.position() - offset : -1;
            }
            bytes.compact();
            int read = in.read(buffer, bytes.position(), bytes.remaining());
            eof = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
