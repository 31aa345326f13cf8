package kr.aiacademy.etl.pipeline.feed;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The physical lines of a file from a given line on, one at a time by number, blank lines passed over. Lines are
 * told apart by their LF bytes, so any ASCII-compatible encoding (UTF-8, CP949) is read right, even where it is
 * not valid.
 */
final class RemainingLines implements Closeable {

    private final InputStream in;
    private long lineNo = 1;
    private boolean eof;

    /** The lines of {@code file} from line {@code fromLine} (1-based) on. */
    RemainingLines(ByteSource file, long fromLine) throws IOException {
        this.in = new BufferedInputStream(file.open(), 1 << 16);
        while (lineNo < fromLine && !eof) {
            skipLine();
        }
    }

    /** The number of the next line that is not blank, or -1 at the end of the file. */
    long next() throws IOException {
        while (!eof) {
            long current = lineNo;
            if (skipLine()) {
                return current;
            }
        }
        return -1;
    }

    /** Reads to the end of the current line; whether it held anything but spaces, tabs and CRs. */
    private boolean skipLine() throws IOException {
        boolean content = false;
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                eof = true;
                return content;
            }
            if (b == '\n') {
                lineNo++;
                return content;
            }
            content |= b != ' ' && b != '\t' && b != '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
