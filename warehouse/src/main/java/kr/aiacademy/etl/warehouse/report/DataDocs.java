package kr.aiacademy.etl.warehouse.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data docs: every table and view of the warehouse with its comment and columns (DuckDB's catalog, filled
 * from the models' headers), the grain and the lineage from the build's SQL files ({@link Lineage}), and the
 * KPI definitions ({@code kpi_definitions}).
 */
final class DataDocs {

    record Relation(String name, String kind, String comment, String grain, String file, String layer,
            List<String> reads, List<String> readers, List<Step> lineage, List<Column> columns) {

        public String readBy() {
            return String.join(", ", readers);
        }
    }

    /** One layer of a relation's lineage: the inputs it is loaded from, or the models of one folder. */
    record Step(String layer, String names) {
    }

    record Column(String name, String type, String nullable, String comment) {
    }

    /** A result shown as it comes: its column names and its rows as text. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    private static final List<String> LAYERS = List.of("staging", "intermediate", "dims", "facts", "audit", "kpi");

    private DataDocs() {
    }

    static Map<String, Object> read(Connection connection) throws SQLException {
        Lineage lineage = Lineage.ofBuild();
        Map<String, List<Column>> columns = new HashMap<>();
        Rows.list(connection, """
                select table_name, column_name, data_type, is_nullable, comment
                from duckdb_columns() where not internal and schema_name = 'main'
                order by table_name, column_index""", rs -> columns.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new Column(rs.getString(2), rs.getString(3),
                rs.getBoolean(4) ? "NULL" : "NOT NULL", Objects.toString(rs.getString(5), ""))));
        List<Relation> relations = Rows.list(connection, """
                select table_name as name, 'table' as kind, comment from duckdb_tables()
                where not internal and not temporary and schema_name = 'main'
                union all
                select view_name, 'view', comment from duckdb_views() where not internal and schema_name = 'main'
                order by name""", rs -> relation(rs.getString(1), rs.getString(2), rs.getString(3), lineage,
                columns.getOrDefault(rs.getString(1), List.of())));
        Map<String, Object> model = new HashMap<>();
        model.put("relations", relations);
        model.put("relationCount", relations.size());
        model.put("layers", layers(lineage));
        model.put("definitions", table(connection, "select * from kpi_definitions"));
        return model;
    }

    private static Relation relation(String name, String kind, String comment, Lineage lineage,
            List<Column> columns) {
        Lineage.Model model = lineage.models().get(name);
        return new Relation(name, kind, Objects.toString(comment, ""), model == null ? "" : model.grain(),
                model == null ? "" : model.file(), model == null ? "" : model.layer(),
                model == null ? List.of() : List.copyOf(model.reads()), lineage.readers(name),
                steps(lineage, name), columns);
    }

    /** Inputs first (lake folders, rejects, ledger), then each layer of models from staging up to the KPIs. */
    private static List<Step> steps(Lineage lineage, String name) {
        List<Lineage.Model> upstream = lineage.upstream(name);
        Map<String, List<String>> byLayer = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        Lineage.Model self = lineage.models().get(name);
        for (Lineage.Model model : self == null ? upstream : concat(upstream, self)) {
            if (model.input() != null && !inputs.contains(model.input())) {
                inputs.add(model.input());
            }
        }
        for (String layer : LAYERS) {
            upstream.stream().filter(m -> m.layer().equals(layer))
                    .forEach(m -> byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(m.name()));
        }
        List<Step> steps = new ArrayList<>();
        if (!inputs.isEmpty()) {
            steps.add(new Step("input", String.join(", ", inputs)));
        }
        byLayer.forEach((layer, names) -> steps.add(new Step(layer, String.join(", ", names))));
        return steps;
    }

    /** Every model of the build by layer, in the order the build runs them (temporary ones included). */
    private static List<Step> layers(Lineage lineage) {
        Map<String, List<String>> byLayer = new LinkedHashMap<>();
        lineage.models().values().forEach(m -> byLayer.computeIfAbsent(m.layer(), k -> new ArrayList<>())
                .add(m.input() == null ? m.name() : m.name() + " ← " + m.input()));
        List<Step> layers = new ArrayList<>();
        byLayer.forEach((layer, names) -> layers.add(new Step(layer, String.join(", ", names))));
        return layers;
    }

    private static List<Lineage.Model> concat(List<Lineage.Model> models, Lineage.Model model) {
        List<Lineage.Model> all = new ArrayList<>(models);
        all.add(model);
        return all;
    }

    static Table table(Connection connection, String sql) throws SQLException {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = Rows.list(connection, sql, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (header.isEmpty()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i));
                }
            }
            return cells(rs, meta.getColumnCount());
        });
        return new Table(header, rows);
    }

    private static List<String> cells(ResultSet rs, int count) throws SQLException {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cells.add(Objects.toString(rs.getString(i), Figures.NONE));
        }
        return cells;
    }
}
