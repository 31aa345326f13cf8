package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
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

    private final Header header;
    private final JsonFlattener flattener;
    private final JsonLineReader input;
    private JsonArrayReader array;
    private long recordNo;
    private boolean finished;

    public JsonRecordSource(Path file, String sourceFile, List<String> fields) throws IOException {
        this(file, sourceFile, fields, null);
    }

    private JsonRecordSource(Path file, String sourceFile, List<String> fields, Set<String> seen)
            throws IOException {
        this.header = new Header(fields);
        this.flattener = new JsonFlattener(sourceFile, header, seen);
        this.input = new JsonLineReader(file);
        try {
            if (input.skipWhitespace() == '[') {
                this.array = new JsonArrayReader(input.rest(), flattener, input.leadingLines(),
                        input.leadingColumns());
            } else {
                recordNo = input.leadingLines(); // leading blank lines of JSON Lines still count
            }
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /**
     * The union of the flattened field paths of all well-formed records of a file, in order of first
     * appearance (to check a drop's fields before loading it). A path that is an object elsewhere in the file
     * is not a field of its own ({@code "employer": null} beside {@code "employer": {"brn": …}}).
     */
    public static Header fieldsOf(Path file) throws IOException {
        return fieldsOf(file, Long.MAX_VALUE);
    }

    /** The union of the fields of the file's first {@code maxRecords} records (a cheaper look at a big file). */
    public static Header fieldsOf(Path file, long maxRecords) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        try (JsonRecordSource source = new JsonRecordSource(file, file.getFileName().toString(), List.of(),
                fields)) {
            for (long read = 0; read < maxRecords && source.next() != null; read++) {
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
        if (array != null) {
            return array.next();
        }
        return finished ? null : nextLine();
    }

    private SourceRecord nextLine() throws IOException {
        while (input.readLine()) {
            long lineNo = ++recordNo;
            if (input.lineTooLong()) {
                return flattener.malformed(lineNo,
                        "line is longer than " + (JsonLineReader.MAX_LINE_BYTES >> 20) + " MiB");
            }
            if (input.isBlank()) {
                continue;
            }
            int length = input.decodeLine();
            if (length < 0) {
                int at = -length + leadingColumns(lineNo);
                return flattener.malformed(lineNo, "bytes that are not valid UTF-8 at byte " + at + " of the line");
            }
            try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), input.chars(), 0, length)) {
                SourceRecord record = flattener.record(p, p.nextToken(), lineNo, "line");
                if (record.malformed() == null && p.nextToken() != null) {
                    return flattener.malformed(lineNo, "more than one JSON value on the line");
                }
                return flattener.accept(record);
            } catch (JacksonException e) {
                return flattener.malformed(lineNo,
                        JsonErrors.why(e, at -> " at column " + (at.getColumnNr() + leadingColumns(lineNo))));
            }
        }
        finished = true;
        return null;
    }

    /** Columns of whitespace skipped before the first value, if the line holds it; else 0. */
    private int leadingColumns(long lineNo) {
        return lineNo == input.leadingLines() + 1 ? input.leadingColumns() : 0;
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        if (array != null) {
            array.close();
        }
        input.close();
    }
}
