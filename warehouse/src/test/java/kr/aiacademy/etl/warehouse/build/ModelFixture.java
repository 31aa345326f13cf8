package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A model run on its own, dbt-unit-test style: given the relations it reads (only the columns it uses) in an
 * in-memory DuckDB with the warehouse's macros, run its SQL file and read what it made.
 */
public final class ModelFixture implements AutoCloseable {

    private final Connection connection;

    public ModelFixture() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        SqlScript.load("schema/macros.sql").run(connection);
        Scopes.everything(connection, Models.discover()); // a full build's: every row in scope
    }

    /** Given this relation: {@code create table <name> as <query>}. */
    public ModelFixture given(String table, String query) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " as " + query);
        }
        return this;
    }

    /** Runs the model file {@code sql/<resource>}, then numbers its stable key as a build does ({@link StableKeys}). */
    public ModelFixture run(String resource) throws SQLException {
        return run(resource, "");
    }

    /** Runs these statements first (separated by {@code ; }), then the model file as {@link #run(String)} does. */
    public ModelFixture run(String resource, String before) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : before.split("; ")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        SqlScript.load(resource).run(connection);
        for (Model model : Models.discover()) {
            if (model.script().resource().equals(resource) && model.header().key() != null) {
                BuildState.prepare(connection);
                StableKeys.assign(connection, model, model.name());
            }
        }
        return this;
    }

    /** The rows of a query, each as its values joined by {@code |}. */
    public List<String> rows(String sql) throws SQLException {
        return Rows.of(connection, sql);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
