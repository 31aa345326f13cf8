package kr.aiacademy.etl.warehouse.build;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
public record DataTest(String name, String sql, String kind, List<String> columns, String references) {

    /** A test of its own query alone, which no declared key enforces. */
    public DataTest(String name, String sql) {
        this(name, sql, null, List.of(), null);
    }

    /**
     * Whether the model's declared keys already enforce this test, so it cannot fail on a warehouse that was built:
     * unique on exactly the primary key, not null on a primary key column, and a relationship that a foreign key
     * declares on a column another test keeps not null (a foreign key lets NULL through). DuckDB checks the keys
     * on every row written, and a row breaking one fails the build naming the key.
     */
    public boolean enforcedBy(ModelHeader header) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case "unique" -> Set.copyOf(columns).equals(Set.copyOf(header.primaryKey()));
            case "not_null" -> header.primaryKey().containsAll(columns);
            case "relationships" -> header.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(columns)
                    && (fk.table() + "(" + String.join(", ", fk.references()) + ")").equals(references))
                    && header.tests().stream().anyMatch(t -> "not_null".equals(t.kind())
                            && t.columns().equals(columns));
            default -> false;
        };
    }

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
            DataTest test = of(model, name, columnsName(m.group(1)), "unique", "count(*) - count(distinct "
                    + m.group(1) + ")", "from " + model + where(m.group(2)));
            return m.group(2) != null ? test : test.kept("unique", columnList(m.group(1)), null);
        }
        if ((m = NOT_NULL.matcher(text)).matches()) {
            return of(model, name, m.group(1), "not_null", "count(*)", "from " + model + " where " + m.group(1)
                    + " is null").kept("not_null", List.of(m.group(1)), null);
        }
        if ((m = RELATIONSHIPS.matcher(text)).matches()) {
            DataTest test = of(model, name, m.group(1), "relationships", "count(*)", "from (select * from " + model
                    + where(m.group(4)) + ") as model anti join " + m.group(2) + " as referenced on referenced."
                    + m.group(3) + " = model." + m.group(1));
            return m.group(4) != null ? test
                    : test.kept("relationships", List.of(m.group(1)), m.group(2) + "(" + m.group(3) + ")");
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

    /** This test, said to be of the given kind and columns (a test with a where condition is of none). */
    private DataTest kept(String testKind, List<String> testColumns, String testReferences) {
        return new DataTest(name, sql, testKind, testColumns, testReferences);
    }

    private static List<String> columnList(String columns) {
        return Arrays.stream(columns.replaceAll("[()\\s]", "").split(",")).toList();
    }

    private static String where(String condition) {
        return condition == null ? "" : " where " + condition;
    }

    private static String columnsName(String columns) {
        return columns.replaceAll("[()\\s]", "").replace(',', '_');
    }
}
