package kr.aiacademy.etl.warehouse.serve;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results of queries on one published file, kept to answer the same query with the same values again without
 * running it: the file never changes under them (a publish is a new file, which starts a cache of its own). Only a
 * query that cannot answer otherwise on the same file is kept — one that names no function DuckDB does not call
 * consistent ({@code random()}, {@code now()}, {@code current_date}, ...), no table function, pragma or sample, and
 * no view or macro whose definition names one ({@code sql/serve/unrepeatable.sql}). Names are compared as the words
 * of the text, so that a doubt (the word in a string or as a column's name) only means the result is not kept.
 * Results are kept in Arrow's IPC stream form, each at most a sixteenth of the capacity; past the capacity the least
 * recently used go.
 */
final class ResultCache {

    /** A query and the values bound to it. */
    record Key(String sql, List<Object> values) {
    }

    private static final Pattern WORD = Pattern.compile("\"((?:[^\"]|\"\")*)\"|[\\p{L}_][\\p{L}\\p{N}_$]*");

    private final long capacity;
    private final Map<Key, byte[]> results = new LinkedHashMap<>(16, 0.75f, true);
    private long size;
    private volatile Set<String> unrepeatable;

    /** A cache of at most {@code capacity} bytes; 0 keeps nothing. */
    ResultCache(long capacity) {
        this.capacity = capacity;
    }

    /** The largest result kept. */
    long entryLimit() {
        return capacity / 16;
    }

    /** The key a query's result is kept under, or null if it is not kept (no cache, or it could answer otherwise). */
    Key key(String sql, List<Object> values, PublishedWarehouse.Lease lease) throws SQLException {
        if (capacity == 0) {
            return null;
        }
        Set<String> names = unrepeatable(lease);
        for (String word : words(sql)) {
            if (names.contains(word)) {
                return null;
            }
        }
        return new Key(sql, Collections.unmodifiableList(new ArrayList<>(values)));
    }

    /** The kept result of a key, null if none. */
    synchronized byte[] get(Key key) {
        return results.get(key);
    }

    /** Keeps a result, unless it is larger than {@link #entryLimit()}; the least recently used go past the capacity. */
    synchronized void put(Key key, byte[] result) {
        if (result.length > entryLimit()) {
            return;
        }
        byte[] replaced = results.put(key, result);
        size += result.length - (replaced == null ? 0 : replaced.length);
        var eldest = results.entrySet().iterator();
        while (size > capacity && eldest.hasNext()) {
            size -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** The names, found once per file on the connection of the first query that asks. */
    private Set<String> unrepeatable(PublishedWarehouse.Lease lease) throws SQLException {
        Set<String> known = unrepeatable;
        if (known == null) {
            known = load(lease);
            unrepeatable = known;
        }
        return known;
    }

    private static Set<String> load(PublishedWarehouse.Lease lease) throws SQLException {
        Set<String> names = new HashSet<>();
        Map<String, List<Set<String>>> definitions = new HashMap<>();
        for (List<Object> row : Rows.of(lease.prepared(Catalog.sql("unrepeatable")))) {
            String name = (String) row.get(0);
            if (row.get(1) == null) {
                names.add(name);
            } else {
                definitions.computeIfAbsent(name, n -> new ArrayList<>()).add(words(row.get(1).toString()));
            }
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Map.Entry<String, List<Set<String>>> defined : definitions.entrySet()) {
                if (!names.contains(defined.getKey())
                        && defined.getValue().stream().anyMatch(words -> !Collections.disjoint(words, names))) {
                    names.add(defined.getKey());
                    grew = true;
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The words of a text, lower case; a quoted name is one word, and each word within it another. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                String quoted = matcher.group(1).replace("\"\"", "\"");
                words.add(quoted.toLowerCase(Locale.ROOT));
                words.addAll(words(quoted.replace("\"", " ")));
            } else {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
