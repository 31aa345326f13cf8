package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Text decoded strictly in a charset. Unlike {@link java.io.InputStreamReader}, the characters before a byte that
 * is not of the charset are handed out first and the error comes only when nothing else can: it surfaces at the
 * record that holds the byte, not up to a buffer earlier.
 */
final class StrictDecodingReader extends Reader {

    private final CharsetDecoder decoder;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, 0);
    private boolean eof;
    private boolean drained;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

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
