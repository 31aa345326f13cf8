package kr.aiacademy.etl.pipeline.feed;

import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/** Flattens one JSON object from a parser into a record with values aligned to the feed's known fields. */
final class JsonFlattener {

    private static final TokenStreamFactory JSON = JsonMapper.shared().tokenStreamFactory();

    private final String sourceFile;
    private final Header header;
    private final Set<String> seen;
    private final Set<String> fieldsOfRecord = new LinkedHashSet<>();

    /** {@code seen}, when not null, collects the field paths of the well-formed records accepted. */
    JsonFlattener(String sourceFile, Header header, Set<String> seen) {
        this.sourceFile = sourceFile;
        this.header = header;
        this.seen = seen;
    }

    /**
     * One record from its bytes (a line or an element, the {@code unit}): too long, not valid UTF-8, not valid
     * JSON, more than one value, not an object, or the record. {@code byteOffset} is added to the position of a
     * bad byte, {@code where} says where a JSON error is (from the parser's location in the record).
     */
    SourceRecord parse(RecordBytes bytes, long recordNo, String unit, int byteOffset,
            Function<TokenStreamLocation, String> where) {
        if (bytes.tooLong()) {
            return malformed(recordNo, unit + " is longer than " + (RecordBytes.MAX_BYTES >> 20) + " MiB");
        }
        int length = bytes.decode();
        if (length < 0) {
            return malformed(recordNo, "bytes that are not valid UTF-8 at byte " + (-length + byteOffset)
                    + " of the " + unit);
        }
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), bytes.chars(), 0, length)) {
            SourceRecord record = record(p, p.nextToken(), recordNo, unit);
            if (record.malformed() == null && p.nextToken() != null) {
                return malformed(recordNo, "more than one JSON value " + (unit.equals("line") ? "on" : "in")
                        + " the " + unit);
            }
            return accept(record);
        } catch (JacksonException e) {
            return malformed(recordNo, JsonErrors.why(e, where));
        }
    }

    /** One record from the parser positioned on its first token; the parser is left after the record. */
    SourceRecord record(JsonParser p, JsonToken first, long recordNo, String unit) {
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

    /** The record, handed out; a well-formed one's fields (of the last {@link #record}) join {@code seen}. */
    SourceRecord accept(SourceRecord record) {
        if (seen != null && record.malformed() == null) {
            seen.addAll(fieldsOfRecord);
        }
        return record;
    }

    SourceRecord malformed(long recordNo, String why) {
        return SourceRecord.malformed(sourceFile, recordNo, why);
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
}
