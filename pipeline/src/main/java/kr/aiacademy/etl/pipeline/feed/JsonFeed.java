package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the JSON feeds share: JSON Lines or one JSON array per file ({@code .jsonl}, {@code .json}), UTF-8, fields
 * as dotted paths, no personal field. A feed gives its name, fields, required fields, rules and lake columns.
 */
public abstract class JsonFeed<T> implements FeedSpec<T> {

    private final String name;
    private final List<String> fields;
    private final Set<String> required;

    protected JsonFeed(String name, List<String> fields, Set<String> required) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.required = Set.copyOf(required);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDataFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".json");
    }

    @Override
    public RecordSource open(ByteSource file, String sourceFile) throws IOException {
        return new JsonRecordSource(file, sourceFile, fields);
    }

    /** Records whose fields the drop check looks at: a required field none of them has rejects the drop. */
    static final long INSPECTED_RECORDS = 10_000;

    /** The fields that occur in the file's first records. */
    @Override
    public Header inspectColumns(ByteSource file, String sourceFile) throws IOException {
        return JsonRecordSource.fieldsOf(file, sourceFile, INSPECTED_RECORDS);
    }

    @Override
    public Set<String> requiredColumns() {
        return required;
    }

    @Override
    public Set<String> knownColumns() {
        return Set.copyOf(fields);
    }

    /** None: the JSON feeds hold no personal field. */
    @Override
    public Map<String, UnaryOperator<String>> personalColumns() {
        return Map.of();
    }
}
