package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Updates the models of a copy of the published warehouse to the lake as it is now, once its inputs are updated
 * ({@link LakeInputs#update}), in build order:
 * <ul>
 * <li>an incremental model ({@link Incremental}) has the rows of its scope built again beside it
 * ({@code next_<model>}); where they differ from its rows in the scope, both versions go to {@code changed_<model>},
 * which later scopes read ({@link Scopes}); then a keyed model is merged (changed rows updated, new ones inserted),
 * an unkeyed one has the scope's rows replaced;</li>
 * <li>a model a foreign key references is built in full beside it and merged the same way (they are small);</li>
 * <li>any other model is dropped and built again in full (small: KPIs, audit; a plain view stays as it is).</li>
 * </ul>
 * Rows whose key is gone are deleted last, in the reverse build order, once the rows that referenced them are
 * updated. The result is what a full build of the same lake gives ({@code IncrementalBuildIT}).
 */
final class WarehouseUpdate {

    private static final Logger log = LoggerFactory.getLogger(WarehouseUpdate.class);

    private final Connection connection;

    private WarehouseUpdate(Connection connection) {
        this.connection = connection;
    }

    static void models(Connection connection, List<Model> models) throws SQLException {
        new WarehouseUpdate(connection).update(models.stream().filter(m -> !m.isInput()).toList());
    }

    private void update(List<Model> built) throws SQLException {
        Scopes scopes = Scopes.ofChanges(connection);
        Set<String> referenced = built.stream().flatMap(m -> m.header().foreignKeys().stream())
                .map(ForeignKey::table).collect(Collectors.toSet());
        List<Model> reversed = new ArrayList<>(built);
        Collections.reverse(reversed);
        for (Model model : reversed) {
            if (!model.isIncremental() && !referenced.contains(model.name()) && !unchangedView(model)) {
                drop(model);
            }
        }
        Set<String> updated = new HashSet<>();
        List<Model> merged = new ArrayList<>();
        for (Model model : built) {
            long started = System.nanoTime();
            if (model.isIncremental()) {
                scopes.ensure(model, updated);
                updateScope(model);
                if (!model.header().primaryKey().isEmpty()) {
                    merged.add(model);
                }
            } else if (referenced.contains(model.name())) {
                execute(model, "create temp table " + next(model) + " as " + KeyedTable.query(model));
                StableKeys.assign(connection, model, next(model));
                merge(model, "select * from " + next(model));
                merged.add(model);
            } else if (!unchangedView(model)) {
                KeyedTable.create(connection, model);
            }
            updated.add(model.name());
            log.debug("updated {} in {} ms", model.name(), (System.nanoTime() - started) / 1_000_000);
        }
        Collections.reverse(merged);
        for (Model model : merged) {
            String gone = model.isIncremental() ? " and " + inScope(model, "current") : "";
            execute(model, "delete from " + model.qualifiedName() + " as current where not exists (select 1 from "
                    + next(model) + " as next where " + matching(model) + ")" + gone);
            execute(model, "drop table " + next(model));
        }
    }

    /** The rows of an incremental model's scope: built again, compared, and merged or replaced. */
    private void updateScope(Model model) throws SQLException {
        String next = next(model);
        String old = "old_" + model.name();
        Incremental scope = model.header().incremental();
        execute(model, "create temp table " + next + " as select * from (" + KeyedTable.query(model) + ") as model "
                + "where " + scope.macro() + "(model." + scope.column() + ")");
        StableKeys.assign(connection, model, next);
        execute(model, "create temp table " + old + " as select * from " + model.qualifiedName() + " as current where "
                + inScope(model, "current"));
        execute(model, "create temp table changed_" + model.name() + " as (select * from " + old + " except all "
                + "select * from " + next + ") union all (select * from " + next + " except all select * from " + old
                + ")");
        if (model.header().primaryKey().isEmpty()) {
            execute(model, "delete from " + model.qualifiedName() + " as current where " + inScope(model, "current"));
            execute(model, "insert into " + model.qualifiedName() + " select * from " + next);
        } else {
            merge(model, "select * from " + next + " except all select * from " + old); // new and changed rows
        }
        execute(model, "drop table " + old);
    }

    private static String inScope(Model model, String alias) {
        Incremental scope = model.header().incremental();
        return scope.macro() + "(" + alias + "." + scope.column() + ")";
    }

    /** A view that stays one: its SQL is that of the published warehouse (the same SQL digest), and it has no rows. */
    private static boolean unchangedView(Model model) {
        return model.kind().equals("view") && !model.header().materialized();
    }

    /**
     * Brings a keyed model to {@code rows}, a query over its rows built again ({@code next_<model>}): changed rows
     * updated, new ones inserted.
     */
    private void merge(Model model, String rows) throws SQLException {
        if (model.header().primaryKey().isEmpty()) {
            throw new IllegalStateException("sql/" + model.script().resource() + " is referenced by a foreign key, so "
                    + "it needs a primary key");
        }
        String next = next(model);
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name from pragma_table_info('" + next + "')")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        List<String> key = model.header().primaryKey();
        List<String> values = columns.stream().filter(c -> !key.contains(c)).toList();
        // DuckDB updates an indexed column (a foreign key's) as a delete and an insert, which a row still referenced
        // cannot take: such columns are updated only where they change, the others in place
        Set<String> indexed = model.header().foreignKeys().stream().flatMap(fk -> fk.columns().stream())
                .collect(Collectors.toSet());
        List<String> inPlace = values.stream().filter(c -> !indexed.contains(c)).toList();
        List<String> relinked = values.stream().filter(indexed::contains).toList();
        String update = (relinked.isEmpty() ? "" : updated(relinked, values))
                + (inPlace.isEmpty() ? "" : updated(inPlace, inPlace));
        String merge = "merge into " + model.qualifiedName() + " as current using (" + rows + ") as next on "
                + matching(model) + update + " when not matched then insert (" + columns.stream()
                        .map(WarehouseUpdate::quote).collect(Collectors.joining(", ")) + ") values ("
                + tuple("next", columns) + ")";
        try {
            execute(model, merge);
        } catch (SQLException e) {
            throw KeyedTable.explain(connection, model, rows, e);
        }
    }

    /** {@code when matched and <these columns differ> then update set <those columns>}. */
    private static String updated(List<String> differing, List<String> set) {
        return " when matched and (" + tuple("current", differing) + ") is distinct from (" + tuple("next", differing)
                + ") then update set " + set.stream().map(c -> quote(c) + " = next." + quote(c))
                        .collect(Collectors.joining(", "));
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
    private void drop(Model model) throws SQLException {
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
            execute(model, "drop " + kind + " " + model.qualifiedName());
        }
    }

    private void execute(Model model, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql);
        } catch (SQLException e) {
            throw new SQLException("sql/" + model.script().resource() + ": updating " + model.name() + " failed ("
                    + FirstLine.of(e) + "): " + sql, e);
        }
    }
}
