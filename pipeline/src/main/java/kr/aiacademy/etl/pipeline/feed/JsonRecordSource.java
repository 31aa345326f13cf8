package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON records in UTF-8 (a byte order mark is skipped), told apart by the first byte that is not whitespace:
 * {@code [} starts one JSON array of objects, streamed element by element (record number = element number, a
 * syntax error is one malformed record and the end of the file); anything else is JSON Lines, one object per
 * line (record number = line number, blank lines counted; a bad line is one malformed record and reading goes
 * on). Nested objects flatten to dotted, lower-case paths ({@code employer.brn}); scalars become their JSON text,
 * an array its compact JSON text, null stays null. Values are aligned to the feed's known fields; a field given
 * twice (names differing only in case, or dotted and nested) makes the record malformed. Reasons name positions
 * and the kind of error, never content.
 */
public final class JsonRecordSource implements RecordSource {

    private static final TokenStreamFactory JSON = JsonMapper.shared().tokenStreamFactory();
    private static final int MAX_LINE_BYTES = 16 << 20;

    private final String sourceFile;
    private final Header header;
    private final Set<String> seen;
    private final Set<String> fieldsOfRecord = new LinkedHashSet<>();
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
    private JsonParser array;
    private boolean arrayOpened;
    private int leadingLines;
    private int leadingColumns;
    private long recordNo;
    private boolean finished;

    public JsonRecordSource(Path file, String sourceFile, List<String> fields) throws IOException {
        this(file, sourceFile, fields, null);
    }

    private JsonRecordSource(Path file, String sourceFile, List<String> fields, Set<String> seen)
            throws IOException {
        this.sourceFile = sourceFile;
        this.header = new Header(fields);
        this.seen = seen;
        this.counter = BoundedInputStream.builder().setPath(file).get();
        this.in = BOMInputStream.builder().setInputStream(counter).setByteOrderMarks(ByteOrderMark.UTF_8).get();
        try {
            if (skipWhitespace() == '[') {
                this.array = JSON.createParser(ObjectReadContext.empty(), new StrictReader());
            } else {
                recordNo = leadingLines; // leading blank lines of JSON Lines still count
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The union of the flattened field paths of all well-formed records of a file, in order of first
     * appearance (to check a drop's fields before loading it). A path that is an object elsewhere in the file
     * is not a field of its own ({@code "employer": null} beside {@code "employer": {"brn": …}}).
     */
    public static Header fieldsOf(Path file) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        try (JsonRecordSource source = new JsonRecordSource(file, file.getFileName().toString(), List.of(),
                fields)) {
            while (source.next() != null) {
                // each well-formed record adds its fields
            }
        }
        List<String> parents = fields.stream().filter(f -> f.indexOf('.') > 0)
                .map(f -> f.substring(0, f.lastIndexOf('.'))).distinct().toList();
        parents.forEach(parent -> fields.removeIf(f -> (parent + ".").startsWith(f + ".")));
        return new Header(List.copyOf(fields));
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (finished) {
            return null;
        }
        return array == null ? nextLine() : nextElement();
    }

    private SourceRecord nextLine() throws IOException {
        while (readLine()) {
            long lineNo = ++recordNo;
            if (lineTooLong) {
                return malformed(lineNo, "line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
            }
            if (isBlank()) {
                continue;
            }
            int length = decodeLine();
            if (length < 0) {
                int at = -length + (lineNo == leadingLines + 1 ? leadingColumns : 0);
                return malformed(lineNo, "bytes that are not valid UTF-8 at byte " + at + " of the line");
            }
            try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), chars.array(), 0, length)) {
                SourceRecord record = record(p, p.nextToken(), lineNo, "line");
                if (record.malformed() == null && p.nextToken() != null) {
                    return malformed(lineNo, "more than one JSON value on the line");
                }
                return accept(record);
            } catch (JacksonException e) {
                return malformed(lineNo, why(e));
            }
        }
        finished = true;
        return null;
    }

    private SourceRecord nextElement() {
        long elementNo = recordNo + 1;
        try {
            if (!arrayOpened) {
                arrayOpened = true;
                array.nextToken();
            }
            JsonToken token = array.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finished = true;
                return array.nextToken() == null ? null
                        : malformed(elementNo, "content after the end of the JSON array");
            }
            recordNo = elementNo;
            if (token == null) {
                finished = true;
                return malformed(elementNo, "not valid JSON (unexpected end of input)");
            }
            return accept(record(array, token, elementNo, "element"));
        } catch (JacksonException e) {
            finished = true;
            return malformed(elementNo, why(e) + "; the rest of the file is unreadable");
        }
    }

    /** One record from the parser positioned on its first token; the parser is left after the record. */
    private SourceRecord record(JsonParser p, JsonToken first, long recordNo, String unit) {
        if (first != JsonToken.START_OBJECT) {
            p.skipChildren();
            return malformed(recordNo, unit + " is not a JSON object but " + describe(first));
        }
        String[] values = new String[header.size()];
        fieldsOfRecord.clear();
        if (!object(p, "", values)) {
            return malformed(recordNo, "a field is given twice (names differing only in case or given both "
                    + "dotted and nested count as the same)");
        }
        return new SourceRecord(sourceFile, recordNo, header, values, null);
    }

    /** Reads an object's fields up to its end; false if a field path occurred twice. */
    private boolean object(JsonParser p, String prefix, String[] values) {
        boolean unique = true;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String path = prefix + Header.normalize(p.currentName());
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT) {
                unique &= object(p, path + ".", values);
                continue;
            }
            String value = switch (token) {
                case START_ARRAY -> compact(p);
                case VALUE_NULL -> null;
                default -> p.getString();
            };
            unique &= fieldsOfRecord.add(path);
            int i = header.indexOf(path);
            if (i >= 0) {
                values[i] = value;
            }
        }
        return unique;
    }

    private static String compact(JsonParser p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.copyCurrentStructureExact(p);
        }
        return out.toString();
    }

    private SourceRecord accept(SourceRecord record) {
        if (seen != null && record.malformed() == null) {
            seen.addAll(fieldsOfRecord);
        }
        return record;
    }

    private SourceRecord malformed(long recordNo, String why) {
        return SourceRecord.malformed(sourceFile, recordNo, why);
    }

    /** What is wrong and where: invalid UTF-8, or the kind of JSON error and its position; never content. */
    private String why(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "bytes that are not valid UTF-8";
            }
        }
        String kind = e instanceof UnexpectedEndOfInputException ? "unexpected end of input"
                : e instanceof StreamConstraintsException ? "nesting, text or number beyond the parser's limits"
                : "syntax error";
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "not valid JSON (" + kind + ")";
        }
        boolean firstLine = array == null ? recordNo == leadingLines + 1 : at.getLineNr() == 1;
        int column = at.getColumnNr() + (firstLine ? leadingColumns : 0);
        if (array == null) {
            return "not valid JSON (" + kind + " at column " + column + ")";
        }
        return "not valid JSON (" + kind + " at line " + (at.getLineNr() + leadingLines) + ", column " + column + ")";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** Skips whitespace before the first value, counting lines; the first other byte (not consumed), or -1. */
    private int skipWhitespace() throws IOException {
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

    /** Reads the next line (without its line end) into {@code line}; false at the end of the file. */
    private boolean readLine() throws IOException {
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

    private boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Decodes the line strictly into {@code chars}: its length, or minus the 1-based offset of a bad byte. */
    private int decodeLine() {
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

    private boolean fill() throws IOException {
        pos = 0;
        limit = Math.max(0, in.read(buffer));
        return limit > 0;
    }

    /**
     * The rest of the file (after {@link #skipWhitespace}), decoded strictly: the characters before a bad byte
     * are handed out first, so the error surfaces at the element that holds it.
     */
    private final class StrictReader extends Reader {

        private final ByteBuffer bytes = ByteBuffer.wrap(buffer, pos, limit - pos);
        private boolean eof;
        private boolean drained;

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

    @Override
    public long bytesRead() {
        return counter.getCount();
    }

    @Override
    public void close() throws IOException {
        if (array != null) {
            array.close();
        }
        in.close();
    }
}
