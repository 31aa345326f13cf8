package kr.aiacademy.etl.jobs.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How results are written. For people: an aligned table, Markdown, or one {@code column = value} line per
 * column; these show at most {@code maxrows} rows. For programs, every row: RFC 4180 CSV with a header row, or
 * one JSON array per statement on a line of its own.
 */
public enum ResultFormat {
    TABLE, CSV, JSON, MARKDOWN, LINE;

    /** The format of a name, any case; throws naming the allowed ones. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be " + names() + ", not '" + name + "'");
        }
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
