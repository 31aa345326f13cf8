package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scopes of the incremental models ({@link Incremental}). In an update, scope {@code scope_x} is the one-column
 * table {@code key} that {@code sql/update/scope_x.sql} makes, just before the first model updated in it: from what
 * changed in the lake ({@code delta_<input>}: the rows of the lake files added and removed) and in the models updated
 * before it ({@code changed_<model>}: their rows as they were and as they are, where they differ); the macro
 * {@code in_scope_x(value)} reads it. In a full build there are no such tables, and every macro is true, so the same
 * model SQL builds everything.
 */
final class Scopes {

    private static final Pattern CHANGED = Pattern.compile("\\bchanged_([a-z0-9_]+)");

    private final Connection connection;
    private final Set<String> made = new HashSet<>();

    private Scopes(Connection connection) {
        this.connection = connection;
    }

    /** A full build: every row is in every scope. */
    static void everything(Connection connection, List<Model> models) throws SQLException {
        for (String scope : declared(models)) {
            execute(connection, "create or replace temp macro in_" + scope + "(value) as true");
        }
    }

    /** An update's scopes, each made when {@link #ensure} first asks for it. */
    static Scopes ofChanges(Connection connection) {
        return new Scopes(connection);
    }

    /** Makes the scope of this model unless made already; the models it reads the changes of must be updated. */
    void ensure(Model model, Set<String> updated) throws SQLException {
        String scope = model.header().incremental().scope();
        if (!made.add(scope)) {
            return;
        }
        SqlScript script = script(scope);
        Matcher changed = CHANGED.matcher(script.text());
        while (changed.find()) {
            if (!updated.contains(changed.group(1))) {
                throw new IllegalStateException("sql/" + script.resource() + " reads the changes of " + changed.group(1)
                        + ", which is not updated before " + model.name() + ", the first model in " + scope);
            }
        }
        script.run(connection);
        execute(connection, "create or replace temp macro in_" + scope + "(value) as value in (select key from "
                + scope + ")");
    }

    /** The file of a scope, {@code sql/update/<scope>.sql}. */
    static SqlScript script(String scope) {
        return SqlScript.load("update/" + scope + ".sql");
    }

    /** The scopes the models are updated in. */
    static Set<String> declared(List<Model> models) {
        Set<String> scopes = new TreeSet<>();
        models.stream().filter(Model::isIncremental).forEach(m -> scopes.add(m.header().incremental().scope()));
        return scopes;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
