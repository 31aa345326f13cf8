package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;

/**
 * Reads the records of one JSON array element by element (record number = element number). The array is split
 * into its elements byte by byte, counting brackets outside strings without any depth limit (the structure is
 * ASCII, so invalid UTF-8 inside an element does not disturb it), and each element is parsed on its own: an
 * element that is not valid JSON or UTF-8, nested or sized beyond the parser's limits, or longer than 16 MiB is
 * one malformed record, and reading goes on with the next element. Where the array cannot be split into elements
 * (it is not closed, an element is missing, a bracket closes what was never opened, something follows the
 * array), the elements after that point cannot be told apart: {@link UnsplittableJsonException} names the
 * position, and the drop is rejected as a whole.
 */
final class JsonArrayReader {

    private final JsonLineReader input;
    private final JsonFlattener flattener;
    private final RecordBytes element = new RecordBytes();
    private long line;
    private long column;
    private long elementNo;
    private int peeked;
    private boolean opened;
    private boolean closed;
    private boolean finished;

    /** Reads the array whose {@code [} is the next byte of {@code input}. */
    JsonArrayReader(JsonLineReader input, JsonFlattener flattener) {
        this.input = input;
        this.flattener = flattener;
        this.line = input.leadingLines() + 1;
        this.column = input.leadingColumns();
    }

    /** The next element's record, or null after the array's end. */
    SourceRecord next() throws IOException {
        if (finished) {
            return null;
        }
        if (closed) {
            return end();
        }
        if (!opened) {
            opened = true;
            read(); // the [
            if (skipWhitespace() == ']') {
                return end();
            }
        } else {
            skipWhitespace();
        }
        int b = peeked;
        if (b < 0) {
            throw unsplittable("the array is not closed", elementNo + 1);
        }
        if (b == ',' || b == ']') {
            throw unsplittable("an element is missing", elementNo + 1);
        }
        elementNo++;
        long startLine = line;
        long startColumn = column;
        int last = split();
        SourceRecord record = flattener.parse(element, elementNo, "element", 0, at -> " at line "
                + (startLine + at.getLineNr() - 1) + ", column "
                + (at.getLineNr() == 1 ? startColumn + at.getColumnNr() - 1 : at.getColumnNr()));
        closed = last == ']';
        return record;
    }

    /**
     * Collects the element starting at {@link #peeked} up to its end: a comma or the array's {@code ]} outside
     * strings and brackets, which is returned.
     */
    private int split() throws IOException {
        element.clear();
        int depth = 0;
        boolean string = false;
        boolean escaped = false;
        for (int b = peeked; ; b = read()) {
            if (b < 0) {
                throw unsplittable("the input ends inside the element", elementNo);
            }
            if (string) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    string = false;
                }
            } else if (b == '"') {
                string = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0 && b == ']') {
                    return b;
                }
                if (depth == 0) {
                    throw unsplittable("a } closes what was never opened", elementNo);
                }
                depth--;
            } else if (b == ',' && depth == 0) {
                return b;
            }
            element.append((byte) b);
        }
    }

    /** After the array's {@code ]} only whitespace may follow. */
    private SourceRecord end() throws IOException {
        finished = true;
        if (skipWhitespace() >= 0) {
            throw unsplittable("content after the end of the JSON array", 0);
        }
        return null;
    }

    /** Reads on to the next byte that is not whitespace, keeps it in {@link #peeked} and returns it (-1: end). */
    private int skipWhitespace() throws IOException {
        int b = read();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = read();
        }
        peeked = b;
        return b;
    }

    /** The next byte, keeping the line and column (1-based, in characters) of the byte just read. */
    private int read() throws IOException {
        int b = input.read();
        if (b == '\n') {
            line++;
            column = 0;
        } else if (b >= 0 && (b & 0xC0) != 0x80) {
            column++; // in characters: UTF-8 continuation bytes do not count
        }
        return b;
    }

    /** The array cannot be split at the current position, in element {@code number} (0: after the array). */
    private UnsplittableJsonException unsplittable(String what, long number) {
        return new UnsplittableJsonException("its JSON array cannot be split into elements: " + what + " at line "
                + line + ", column " + column + (number > 0 ? " (element " + number + ")" : "")
                + "; the elements after it cannot be told apart");
    }
}
