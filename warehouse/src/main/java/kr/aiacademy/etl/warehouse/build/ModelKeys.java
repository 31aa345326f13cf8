package kr.aiacademy.etl.warehouse.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a model file declares in its header comment, one per line:
 * <pre>
 * -- primary key: award_key, applicant_id
 * -- foreign key: cohort_key references dim_cohort (cohort_key)
 * </pre>
 * The build declares them on the model's table (named after the file), so that BI tools find them through JDBC's
 * {@code getPrimaryKeys} and {@code getImportedKeys}. Only the leading comment lines are read.
 */
record ModelKeys(String table, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    private static final Pattern DECLARATION = Pattern.compile("--\\s*(primary|foreign) key\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY = Pattern.compile("--\\s*primary key:\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN = Pattern.compile("--\\s*foreign key:\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s+"
            + "references\\s+(\\w+)\\s*\\(\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

    ModelKeys {
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A foreign key: these columns of the model's table reference those columns of another table. */
    record ForeignKey(List<String> columns, String table, List<String> references) {

        ForeignKey {
            columns = List.copyOf(columns);
            references = List.copyOf(references);
        }

        /** The clause of a {@code create table} statement; also how error messages name the key. */
        @Override
        public String toString() {
            return "foreign key (" + String.join(", ", columns) + ") references " + table + " ("
                    + String.join(", ", references) + ")";
        }
    }

    /** The keys declared by a model file; the table is the file's name without folder and {@code .sql}. */
    static ModelKeys of(SqlScript model) {
        String file = model.resource().substring(model.resource().lastIndexOf('/') + 1);
        String table = file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
        List<String> primaryKey = List.of();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (String line : model.text().split("\n")) {
            String comment = line.strip();
            if (!comment.startsWith("--")) {
                break;
            }
            if (!DECLARATION.matcher(comment).matches()) {
                continue;
            }
            Matcher primary = PRIMARY.matcher(comment);
            Matcher foreign = FOREIGN.matcher(comment);
            if (primary.matches() && primaryKey.isEmpty()) {
                primaryKey = columns(primary.group(1));
            } else if (foreign.matches() && columns(foreign.group(1)).size() == columns(foreign.group(3)).size()) {
                foreignKeys.add(new ForeignKey(columns(foreign.group(1)), foreign.group(2),
                        columns(foreign.group(3))));
            } else {
                throw new IllegalStateException("sql/" + model.resource() + ": cannot read the key declaration '"
                        + comment + "' (expected one '-- primary key: c1, c2' line, or '-- foreign key: c1, c2 "
                        + "references table (k1, k2)' with as many columns on both sides)");
            }
        }
        return new ModelKeys(table, primaryKey, foreignKeys);
    }

    /** The primary key as a clause: {@code primary key (a, b)}. */
    String primaryKeyClause() {
        return "primary key (" + String.join(", ", primaryKey) + ")";
    }

    private static List<String> columns(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
