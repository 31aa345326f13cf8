package kr.aiacademy.etl.warehouse.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model says about itself in its leading comment lines, one {@code -- field: value} per line (a line of
 * {@code --} and two or more spaces continues the value above it):
 * <pre>
 * -- description: One row per award (award_id), its latest recorded state     (the table's comment)
 * -- grain: One row per award (award_id), in its latest recorded state         (shown in the data docs)
 * -- input: lake/awards            (an input table: created before the build loads it from there)
 * -- materialized: table           (a view that becomes a table once the warehouse is built)
 * -- schema: build                 (kept in the build's own schema, not in main: see {@link BuildState})
 * -- incremental: applicant_id in scope_applicant   (an update rebuilds only the rows of this scope: {@link Scopes})
 * -- key: application_key numbers applicant_id     (a dense key kept by every later build: {@link StableKeys})
 * -- counted: true                 (its rows are counted in the build's result)
 * -- primary key: award_key
 * -- foreign key: event_key references dim_event (event_key)
 * -- column award_key: Surrogate key                                           (the column's comment)
 * -- test: unique award_id                                                     (see {@link DataTest})
 * </pre>
 * Any other comment line in the header is an error naming the file and the line.
 */
public record ModelHeader(String description, String grain, String input, boolean materialized, boolean counted,
        String schema, Incremental incremental, StableKey key, List<String> primaryKey, List<ForeignKey> foreignKeys,
        Map<String, String> columns, List<DataTest> tests) {

    private static final Pattern FIELD = Pattern.compile(
            "--\\s(description|grain|input|materialized|counted|schema|incremental|key|primary key|foreign key|"
                    + "column|test)"
                    + "(?:\\s+(\\w+))?:\\s*(.*)");
    private static final Pattern CONTINUED = Pattern.compile("--\\s{2,}(\\S.*)");
    private static final Pattern COLUMNS = Pattern.compile("\\w+(?:\\s*,\\s*\\w+)*");
    private static final Pattern FOREIGN = Pattern.compile("(\\w+(?:\\s*,\\s*\\w+)*)\\s+references\\s+(\\w+)\\s*"
            + "\\(\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\)");

    /** The schema of the published models. */
    public static final String MAIN = "main";

    public ModelHeader {
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        tests = List.copyOf(tests);
    }

    /** One field of the header as written: its key, the name after the key (column, test), value and line. */
    private record Field(String key, String name, StringBuilder value, int line) {
    }

    /** The header of a model file; its model is named after the file. */
    static ModelHeader parse(String resource, String model, String text) {
        List<Field> fields = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && lines[i].strip().startsWith("--"); i++) {
            String line = lines[i].strip();
            Matcher field = FIELD.matcher(line);
            Matcher continued = CONTINUED.matcher(line);
            if (continued.matches() && !fields.isEmpty()) {
                fields.get(fields.size() - 1).value().append(' ').append(continued.group(1).strip());
            } else if (field.matches()) {
                fields.add(new Field(field.group(1), field.group(2), new StringBuilder(field.group(3).strip()),
                        i + 1));
            } else {
                throw error(resource, i + 1, "cannot read the header line '" + line + "' (expected '-- <field>: "
                        + "<value>' with a field of description, grain, input, materialized, counted, schema, "
                        + "incremental, key, primary key, foreign key, column <name>, test [<name>]; or '--' and two spaces "
                        + "continuing the line above)");
            }
        }
        return interpret(resource, model, fields);
    }

    private static ModelHeader interpret(String resource, String model, List<Field> fields) {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> primaryKey = List.of();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        List<DataTest> tests = new ArrayList<>();
        Incremental incremental = null;
        StableKey key = null;
        for (Field field : fields) {
            String value = field.value().toString();
            boolean named = field.key().equals("column") || field.key().equals("test");
            if (field.name() != null && !named || field.name() == null && field.key().equals("column")) {
                throw error(resource, field.line(), "'" + field.key() + "' " + (named ? "needs a" : "takes no")
                        + " name before its colon");
            }
            if (value.isEmpty()) {
                throw error(resource, field.line(), "'" + field.key() + "' has no value");
            }
            try {
                switch (field.key()) {
                    case "column" -> {
                        if (columns.put(field.name(), value) != null) {
                            throw new IllegalArgumentException("column " + field.name() + " is described twice");
                        }
                    }
                    case "test" -> tests.add(DataTest.parse(model, field.name(), value));
                    case "foreign key" -> foreignKeys.add(foreignKey(value));
                    case "key" -> {
                        once(single, field.key(), value);
                        key = StableKey.parse(value);
                    }
                    case "incremental" -> {
                        once(single, field.key(), value);
                        incremental = Incremental.parse(value);
                    }
                    case "primary key" -> {
                        once(single, field.key(), value);
                        primaryKey = columns(value);
                    }
                    default -> once(single, field.key(), value);
                }
            } catch (IllegalArgumentException e) {
                throw error(resource, field.line(), e.getMessage());
            }
        }
        if (!single.containsKey("grain")) {
            throw new IllegalStateException("sql/" + resource + ": the header gives no grain ('-- grain: One row "
                    + "per ...')");
        }
        return new ModelHeader(single.get("description"), single.get("grain"), single.get("input"),
                flag(resource, single, "materialized", "table", "view"), flag(resource, single, "counted", "true",
                "false"), schema(resource, single.getOrDefault("schema", MAIN)), incremental, key, primaryKey, foreignKeys,
                columns, tests);
    }

    private static String schema(String resource, String schema) {
        if (!schema.equals(MAIN) && !schema.equals(BuildState.SCHEMA)) {
            throw new IllegalStateException("sql/" + resource + ": 'schema: " + schema + "' must be " + MAIN + " or "
                    + BuildState.SCHEMA);
        }
        return schema;
    }

    private static void once(Map<String, String> single, String key, String value) {
        if (single.put(key, value) != null) {
            throw new IllegalArgumentException("a second '" + key + "' line");
        }
    }

    /** A field of two values: true for the first, false for the second or none. */
    private static boolean flag(String resource, Map<String, String> single, String key, String yes, String no) {
        String value = single.getOrDefault(key, no);
        if (!value.equals(yes) && !value.equals(no)) {
            throw new IllegalStateException("sql/" + resource + ": '" + key + ": " + value + "' must be " + yes
                    + " or " + no);
        }
        return value.equals(yes);
    }

    private static ForeignKey foreignKey(String value) {
        Matcher foreign = FOREIGN.matcher(value);
        if (!foreign.matches() || columns(foreign.group(1)).size() != columns(foreign.group(3)).size()) {
            throw new IllegalArgumentException("cannot read the foreign key '" + value + "' (expected 'c1, c2 "
                    + "references table (k1, k2)' with as many columns on both sides)");
        }
        return new ForeignKey(columns(foreign.group(1)), foreign.group(2), columns(foreign.group(3)));
    }

    private static List<String> columns(String list) {
        if (!COLUMNS.matcher(list).matches()) {
            throw new IllegalArgumentException("cannot read the columns '" + list + "' (expected 'c1, c2')");
        }
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static IllegalStateException error(String resource, int line, String message) {
        return new IllegalStateException("sql/" + resource + " line " + line + ": " + message);
    }
}
