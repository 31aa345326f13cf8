package kr.aiacademy.etl.warehouse.build;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A surrogate key numbered once per natural key and kept by every later build ({@link StableKeys}): written
 * {@code -- key: application_key numbers applicant_id} or {@code -- key: trainee_key numbers (person_pseudonym,
 * valid_from, region_key)}, the natural key one or more of the model's own columns. The model's query gives the
 * key column NULL for its rows (and -1 for an unknown member); the build fills it in.
 */
public record StableKey(String column, List<String> natural) {

    private static final Pattern FORM = Pattern.compile("(\\w+)\\s+numbers\\s+(\\w+|\\(\\s*\\w+(?:\\s*,\\s*\\w+)*\\s*\\))");

    public StableKey {
        natural = List.copyOf(natural);
    }

    static StableKey parse(String value) {
        Matcher form = FORM.matcher(value.strip());
        if (!form.matches()) {
            throw new IllegalArgumentException("cannot read 'key: " + value + "' (expected '<key column> numbers "
                    + "<natural key: a column or (columns)>')");
        }
        return new StableKey(form.group(1), Arrays.stream(form.group(2).replaceAll("[()\\s]", "").split(","))
                .toList());
    }
}
