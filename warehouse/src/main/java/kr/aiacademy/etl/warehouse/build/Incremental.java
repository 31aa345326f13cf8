package kr.aiacademy.etl.warehouse.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an update rebuilds a model: only its rows whose {@code column} is in the scope table {@code scope} (made by
 * {@link Scopes} from what changed in the lake) are deleted and built again; the model's query may read the scope
 * through the macro {@code in_<scope>(value)}, which is true for everything in a full build.
 * Written {@code -- incremental: applicant_id in scope_applicant}.
 */
public record Incremental(String column, String scope) {

    private static final Pattern FORM = Pattern.compile("(\\w+)\\s+in\\s+(scope_\\w+)");

    static Incremental parse(String value) {
        Matcher form = FORM.matcher(value);
        if (!form.matches()) {
            throw new IllegalArgumentException("cannot read 'incremental: " + value + "' (expected '<column> in "
                    + "scope_<name>')");
        }
        return new Incremental(form.group(1), form.group(2));
    }

    /** The macro that says whether a value is in the scope: {@code in_scope_applicant(applicant_id)}. */
    String macro() {
        return "in_" + scope;
    }
}
