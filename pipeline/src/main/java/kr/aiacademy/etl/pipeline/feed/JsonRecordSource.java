package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON records in UTF-8 (a byte order mark is skipped), told apart by the first byte that is not whitespace:
 * {@code [} starts one JSON array of objects, read element by element (record number = element number; see
 * {@link JsonArrayReader}: a bad element is one malformed record and reading goes on, an array that cannot be
 * split into elements is an {@link UnsplittableJsonException}); anything else is JSON Lines, one object per line
 * (record number = line number, blank lines counted; a bad line is one malformed record and reading goes on).
 * Nested objects flatten to dotted, lower-case paths ({@code employer.brn}); scalars become their JSON text, an
 * array its compact JSON text, null stays null. Values are aligned to the feed's known fields; a field given
 * twice (names differing only in case, or dotted and nested) makes the record malformed. Reasons name positions
 * and the kind of error, never content.
 */
public final class JsonRecordSource implements RecordSource {

    private final Header header;
    private final JsonFlattener flattener;
    private final JsonLineReader input;
    private JsonArrayReader array;
    private long recordNo;
    private boolean finished;

    public JsonRecordSource(ByteSource file, String sourceFile, List<String> fields) throws IOException {
        this(file, sourceFile, fields, null);
    }

    private JsonRecordSource(ByteSource file, String sourceFile, List<String> fields, Set<String> seen)
            throws IOException {
        this.header = new Header(fields);
        this.flattener = new JsonFlattener(sourceFile, header, seen);
        this.input = new JsonLineReader(file);
        try {
            if (input.skipWhitespace() == '[') {
                this.array = new JsonArrayReader(input, flattener);
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
    public static Header fieldsOf(ByteSource file, String sourceFile) throws IOException {
        return fieldsOf(file, sourceFile, Long.MAX_VALUE);
    }

    /**
     * The union of the fields of the file's first {@code maxRecords} records (a cheaper look at a big file). A JSON
     * array is read to its end: {@link UnsplittableJsonException} if it cannot be split into elements.
     */
    public static Header fieldsOf(ByteSource file, String sourceFile, long maxRecords) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        try (JsonRecordSource source = new JsonRecordSource(file, sourceFile, List.of(), fields)) {
            for (long read = 0; (read < maxRecords || source.array != null) && source.next() != null; read++) {
                // each well-formed record adds its fields; an array is read to its end, to see it can be split
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
            if (!input.line().tooLong() && input.line().isBlank()) {
                continue;
            }
            return flattener.parse(input.line(), lineNo, "line", leadingColumns(lineNo),
                    at -> " at column " + (at.getColumnNr() + leadingColumns(lineNo)));
        }
        finished = true;
        return null;
    }

    /** Columns of whitespace skipped before the first value, if the line holds it; else 0. */
    private int leadingColumns(long lineNo) {
        return lineNo == input.leadingLines() + 1 ? input.leadingColumns() : 0;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
