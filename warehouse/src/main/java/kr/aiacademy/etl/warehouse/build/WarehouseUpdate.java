package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Updates the models of a copy of the published warehouse to the lake as it is now, once its inputs are updated
 * ({@link LakeInputs#update}): an incremental model ({@link Incremental}) has the rows of its scope deleted and built
 * again; a model no foreign key references is dropped and built again in full (they are small: dimensions of a few
 * rows, KPIs, audit); one a foreign key references is built in full beside it and merged into it (changed rows
 * updated, new ones inserted, vanished ones deleted last, once nothing references them). The deletes run in the reverse
 * build order, so a row goes before the rows it references. The result is what a full build of the same lake gives.
 */
final class WarehouseUpdate {

    private WarehouseUpdate() {
    }

    static void models(Connection connection, List<Model> models) throws SQLException {
        Scopes.ofChanges(connection, models);
        List<Model> built = models.stream().filter(m -> !m.isInput()).toList();
        Set<String> referenced = built.stream().flatMap(m -> m.header().foreignKeys().stream())
                .map(ForeignKey::table).collect(Collectors.toSet());
        List<Model> reversed = new ArrayList<>(built);
        Collections.reverse(reversed);
        for (Model model : reversed) {
            if (model.isIncremental()) {
                Incremental scope = model.header().incremental();
                execute(connection, model, "delete from " + model.qualifiedName() + " where " + scope.macro() + "("
                        + scope.column() + ")");
            } else if (!referenced.contains(model.name()) && !unchangedView(model)) {
                drop(connection, model);
            }
        }
        for (Model model : built) {
            if (model.isIncremental()) {
                KeyedTable.insertScope(connection, model);
            } else if (referenced.contains(model.name())) {
                merge(connection, model);
            } else if (!unchangedView(model)) {
                KeyedTable.create(connection, model);
            }
        }
        for (Model model : reversed) {
            if (!model.isIncremental() && referenced.contains(model.name())) {
                execute(connection, model, "delete from " + model.qualifiedName() + " as current where not exists "
                        + "(select 1 from " + next(model) + " as next where " + matching(model) + ")");
                execute(connection, model, "drop table " + next(model));
            }
        }
    }

    /** A view that stays one: its SQL is that of the published warehouse (the same SQL digest), and it has no rows. */
    private static boolean unchangedView(Model model) {
        return model.kind().equals("view") && !model.header().materialized();
    }

    /** Builds the model in full beside it, then brings it to that: changed rows updated, new ones inserted. */
    private static void merge(Connection connection, Model model) throws SQLException {
        List<String> key = model.header().primaryKey();
        if (key.isEmpty()) {
            throw new IllegalStateException("sql/" + model.script().resource() + " is referenced by a foreign key, so "
                    + "it needs a primary key");
        }
        execute(connection, model, "create temp table " + next(model) + " as " + KeyedTable.query(model));
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name from pragma_table_info('" + next(model) + "')")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        List<String> values = columns.stream().filter(c -> !key.contains(c)).toList();
        String update = values.isEmpty() ? "" : " when matched and (" + tuple("current", values)
                + ") is distinct from (" + tuple("next", values) + ") then update set " + values.stream()
                        .map(c -> quote(c) + " = next." + quote(c)).collect(Collectors.joining(", "));
        execute(connection, model, "merge into " + model.qualifiedName() + " as current using " + next(model)
                + " as next on " + matching(model) + update + " when not matched then insert ("
                + columns.stream().map(WarehouseUpdate::quote).collect(Collectors.joining(", ")) + ") values ("
                + tuple("next", columns) + ")");
    }

    private static String next(Model model) {
        return "next_" + model.name();
    }

    private static String matching(Model model) {
        return model.header().primaryKey().stream().map(c -> "current." + c + " = next." + c)
                .collect(Collectors.joining(" and "));
    }

    private static String tuple(String alias, List<String> columns) {
        return columns.stream().map(c -> alias + "." + quote(c)).collect(Collectors.joining(", "));
    }

    private static String quote(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }

    /** Drops the table or view the model made (a materialized view is a table by now). */
    private static void drop(Connection connection, Model model) throws SQLException {
        String kind = null;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select 'table' from duckdb_tables() where schema_name = '"
                        + model.header().schema() + "' and table_name = '" + model.name() + "' and not temporary "
                        + "union all select 'view' from duckdb_views() where schema_name = '"
                        + model.header().schema() + "' and view_name = '" + model.name() + "' and not temporary")) {
            if (rs.next()) {
                kind = rs.getString(1);
            }
        }
        if (kind != null) {
            execute(connection, model, "drop " + kind + " " + model.qualifiedName());
        }
    }

    private static void execute(Connection connection, Model model, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("sql/" + model.script().resource() + ": updating " + model.name() + " failed ("
                    + FirstLine.of(e) + "): " + sql, e);
        }
    }
}
