package kr.aiacademy.etl.pipeline.feed;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import kr.aiacademy.etl.pipeline.privacy.Echo;

/**
 * Renders a source record for the rejects store: known columns only (an unknown column could hold anything),
 * personal columns masked by their column's masking, every other value as {@link Echo} shows it (personal shapes
 * masked wherever they stand, e.g. a phone number in {@code home_region}; at most 200 characters).
 */
public final class RecordMasker {

    private final Set<String> known;
    private final Map<String, UnaryOperator<String>> personal;

    public RecordMasker(FeedSpec<?> feed) {
        this.known = feed.knownColumns();
        this.personal = feed.personalColumns();
    }

    public String mask(SourceRecord record) {
        StringBuilder out = new StringBuilder(256);
        for (String name : record.header().names()) {
            String column = Header.normalize(name);
            if (!known.contains(column)) {
                continue;
            }
            String value = record.get(column);
            UnaryOperator<String> masking = personal.get(column);
            if (value != null) {
                value = masking != null ? Echo.value(masking.apply(value)) : Echo.value(value);
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(column).append('=').append(value == null ? "" : value);
        }
        return out.toString();
    }
}
