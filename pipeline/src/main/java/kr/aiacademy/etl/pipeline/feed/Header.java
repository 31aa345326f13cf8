package kr.aiacademy.etl.pipeline.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The column names of one source file, matched case-insensitively. */
public final class Header {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalize(names.get(i)), i);
        }
    }

    public static String normalize(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** Position of a column (given in lower case), or -1. */
    public int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Names that appear more than once, ignoring case. */
    public List<String> duplicates() {
        return names.stream().map(Header::normalize)
                .filter(n -> names.stream().filter(m -> normalize(m).equals(n)).count() > 1)
                .distinct().toList();
    }
}
