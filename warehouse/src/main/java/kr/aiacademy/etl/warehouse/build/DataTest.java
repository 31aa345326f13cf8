package kr.aiacademy.etl.warehouse.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data test of a model's header, in the spirit of dbt's {@code schema.yml}, and the query that counts the rows
 * breaking it: {@code select '<model>.<name>' as check_name, <violations> as violations}. The kinds:
 * <pre>
 * -- test: unique award_id                       (or a tuple: unique (a, b); either with: where &lt;condition&gt;)
 * -- test: not_null event_key
 * -- test: relationships cohort_key references dim_cohort (cohort_key)   (optionally: where &lt;condition&gt;)
 * -- test: accepted_values status in ('LOADED', 'REJECTED')
 * -- test admitted_ge_completers: expression admitted &gt;= completers  (a boolean that holds on every row)
 * </pre>
 * A test without a name is named after its column(s) and kind, e.g. {@code fact_award.award_id.unique}.
 */
public record DataTest(String name, String sql) {

    private static final Pattern UNIQUE = Pattern.compile("unique\\s+(\\w+|\\([\\w\\s,]+\\))(?:\\s+where\\s+(.+))?",
            Pattern.DOTALL);
    private static final Pattern NOT_NULL = Pattern.compile("not_null\\s+(\\w+)");
    private static final Pattern RELATIONSHIPS = Pattern.compile(
            "relationships\\s+(\\w+)\\s+references\\s+(\\w+)\\s*\\(\\s*(\\w+)\\s*\\)(?:\\s+where\\s+(.+))?",
            Pattern.DOTALL);
    private static final Pattern ACCEPTED_VALUES = Pattern.compile("accepted_values\\s+(\\w+)\\s+in\\s+(\\(.+\\))",
            Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("expression\\s+(.+)", Pattern.DOTALL);

    /** The test of a header line; {@code name} null when the line gives none. */
    static DataTest parse(String model, String name, String text) {
        Matcher m;
        if ((m = UNIQUE.matcher(text)).matches()) {
            return of(model, name, columnsName(m.group(1)), "unique", "count(*) - count(distinct " + m.group(1)
                    + ")", "from " + model + where(m.group(2)));
        }
        if ((m = NOT_NULL.matcher(text)).matches()) {
            return of(model, name, m.group(1), "not_null", "count(*)", "from " + model + " where " + m.group(1)
                    + " is null");
        }
        if ((m = RELATIONSHIPS.matcher(text)).matches()) {
            return of(model, name, m.group(1), "relationships", "count(*)", "from (select * from " + model
                    + where(m.group(4)) + ") as model anti join " + m.group(2) + " as referenced on referenced."
                    + m.group(3) + " = model." + m.group(1));
        }
        if ((m = ACCEPTED_VALUES.matcher(text)).matches()) {
            return of(model, name, m.group(1), "accepted_values", "count(*)", "from " + model + " where "
                    + m.group(1) + " not in " + m.group(2));
        }
        if ((m = EXPRESSION.matcher(text)).matches()) {
            if (name == null) {
                throw new IllegalArgumentException("an expression test needs a name: '-- test <name>: expression "
                        + "<condition>'");
            }
            return of(model, name, null, null, "count(*)", "from " + model + " where not (" + m.group(1) + ")");
        }
        throw new IllegalArgumentException("cannot read the test '" + text + "' (expected unique <column or "
                + "(columns)> [where <condition>], not_null <column>, relationships <column> references "
                + "<table> (<column>) [where <condition>], accepted_values <column> in (<values>), or expression "
                + "<condition>)");
    }

    private static DataTest of(String model, String name, String columns, String kind, String violations,
            String from) {
        String check = model + "." + (name != null ? name : columns + "." + kind);
        return new DataTest(check, "select '" + check + "' as check_name, " + violations + " as violations "
                + from);
    }

    private static String where(String condition) {
        return condition == null ? "" : " where " + condition;
    }

    private static String columnsName(String columns) {
        return columns.replaceAll("[()\\s]", "").replace(',', '_');
    }
}
