package kr.aiacademy.etl.pipeline.feed;

import java.io.Closeable;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.json.JsonMapper;

/** Reads the records of one JSON array element by element (record number = element number). */
final class JsonArrayReader implements Closeable {

    private static final TokenStreamFactory JSON = JsonMapper.shared().tokenStreamFactory();

    private final JsonParser array;
    private final JsonFlattener flattener;
    private final int leadingLines;
    private final int leadingColumns;
    private boolean arrayOpened;
    private long recordNo;
    private boolean finished;

    /**
     * Parses {@code rest}, which starts at the array's {@code [}; the whitespace skipped before it (lines, and
     * columns on its line) shifts the positions in reasons back to the file's.
     */
    JsonArrayReader(Reader rest, JsonFlattener flattener, int leadingLines, int leadingColumns) {
        this.array = JSON.createParser(ObjectReadContext.empty(), rest);
        this.flattener = flattener;
        this.leadingLines = leadingLines;
        this.leadingColumns = leadingColumns;
    }

    /** The next element's record, or null at the end; a syntax error is one malformed record and the end. */
    SourceRecord next() {
        if (finished) {
            return null;
        }
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
                        : flattener.malformed(elementNo, "content after the end of the JSON array");
            }
            recordNo = elementNo;
            if (token == null) {
                finished = true;
                return flattener.malformed(elementNo, "not valid JSON (unexpected end of input)");
            }
            return flattener.accept(flattener.record(array, token, elementNo, "element"));
        } catch (JacksonException e) {
            finished = true;
            return flattener.malformed(elementNo, why(e) + "; the rest of the file is unreadable");
        }
    }

    private String why(JacksonException e) {
        return JsonErrors.why(e, at -> {
            int column = at.getColumnNr() + (at.getLineNr() == 1 ? leadingColumns : 0);
            return " at line " + (at.getLineNr() + leadingLines) + ", column " + column;
        });
    }

    @Override
    public void close() {
        array.close();
    }
}
