package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a model file and declares the keys of its header ({@link ModelHeader}) on the table it creates. A primary key
 * is added after the rows are in ({@code alter table … add primary key}, one bulk index build). DuckDB cannot add
 * a foreign key to an existing table, so a model with foreign keys is created from explicit DDL — its query's
 * columns and types, plus the foreign keys — and filled from its query: the rows are written once, and every one
 * is checked. A key the rows break fails the build with one line naming the model and the key.
 */
final class KeyedTable {

    private static final Logger log = LoggerFactory.getLogger(KeyedTable.class);

    private static final Pattern CREATE_AS = Pattern.compile("create\\s+table\\s+([\\w.]+)\\s+as\\s+(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private KeyedTable() {
    }

    static void create(Connection connection, Model keyed) throws SQLException {
        SqlScript model = keyed.script();
        ModelHeader keys = keyed.header();
        if (keys.foreignKeys().isEmpty() && keys.key() == null) {
            model.run(connection);
        } else {
            createStaged(connection, keyed);
        }
        if (!keys.primaryKey().isEmpty()) {
            String clause = "primary key (" + String.join(", ", keys.primaryKey()) + ")";
            execute(connection, "alter table " + keyed.qualifiedName() + " add " + clause,
                    e -> broken(model, keyed.name() + " " + clause, "", e));
        }
    }

    /**
     * The query's rows go to a temporary table first, where a stable key is numbered ({@link StableKeys}), then into
     * the keyed table: the query's joins and the foreign keys' indexes (which DuckDB cannot spill) then never need
     * memory at the same time — at 5 M applications {@code fact_application}'s join and its indexes together ran out
     * of the 1 GB default. A model without foreign keys is created straight from the join that gives the rows their
     * keys (it has a stable key, or it would not be staged), one copy of its rows less.
     */
    private static void createStaged(Connection connection, Model keyed) throws SQLException {
        SqlScript model = keyed.script();
        String staged = "staged_" + keyed.name();
        execute(connection, "create temp table " + staged + " as " + query(keyed), e -> failed(model, e));
        if (keyed.header().foreignKeys().isEmpty()) { // the keys are given on the way: no index needs memory yet
            execute(connection, "create table " + keyed.qualifiedName() + " as "
                    + StableKeys.keyed(connection, keyed, staged), e -> failed(model, e));
        } else {
            StableKeys.assign(connection, keyed, staged);
            List<String> definitions = new ArrayList<>(columns(connection, model, "select * from " + staged));
            keyed.header().foreignKeys().forEach(fk -> definitions.add(fk.toString()));
            execute(connection, "create table " + keyed.qualifiedName() + " (" + String.join(", ", definitions)
                    + ")", e -> failed(model, e));
            insert(connection, keyed, "select * from " + staged);
        }
        execute(connection, "drop table " + staged, e -> failed(model, e));
    }

    private static void insert(Connection connection, Model keyed, String query) throws SQLException {
        execute(connection, "insert into " + keyed.qualifiedName() + " " + query,
                e -> explain(connection, keyed, query, e));
    }

    /** The query of a model that is one {@code create table <its name> as <query>} statement. */
    static String query(Model keyed) {
        SqlScript model = keyed.script();
        String table = keyed.qualifiedName();
        List<String> statements = model.statements();
        Matcher matcher = statements.size() == 1 ? CREATE_AS.matcher(statements.get(0)) : null;
        if (matcher == null || !matcher.matches() || !matcher.group(1).equalsIgnoreCase(table)) {
            throw new IllegalStateException("sql/" + model.resource() + " declares foreign keys or a stable key, or is "
                    + "updated incrementally, so it must be one 'create table " + table + " as <query>' statement");
        }
        return matcher.group(2);
    }

    /** Column definitions ({@code "name" TYPE}) of a query's result. */
    private static List<String> columns(Connection connection, SqlScript model, String query) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("describe " + query)) {
            while (rs.next()) {
                columns.add('"' + rs.getString("column_name").replace("\"", "\"\"") + "\" "
                        + rs.getString("column_type"));
            }
        } catch (SQLException e) {
            throw failed(model, e);
        }
        return columns;
    }

    /** Which foreign key the query's rows break, and for how many rows; else the insert's own error. */
    static SQLException explain(Connection connection, Model keyed, String query, SQLException insert) {
        SqlScript model = keyed.script();
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey fk : keyed.header().foreignKeys()) {
                try (ResultSet rs = statement.executeQuery(orphans(query, fk))) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return broken(model, keyed.name() + " " + fk, " for " + rs.getLong(1) + " row(s)", insert);
                    }
                }
            }
        } catch (SQLException e) {
            insert.addSuppressed(e); // the query itself fails: its own error says why
        }
        return failed(model, insert);
    }

    /** Counts the query's rows whose key (all columns set) has no row in the referenced table. */
    private static String orphans(String query, ForeignKey fk) {
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            matches.add("model." + fk.columns().get(i) + " = referenced." + fk.references().get(i));
        }
        return "select count(*) from (" + query + ") as model anti join " + fk.table() + " as referenced on "
                + String.join(" and ", matches) + " where " + fk.columns().stream()
                        .map(c -> "model." + c + " is not null").collect(Collectors.joining(" and "));
    }

    /** {@code sql/<model>: <table> <key> does not hold[ for N row(s)] (<DuckDB's message>)}. */
    private static SQLException broken(SqlScript model, String key, String rows, SQLException cause) {
        return new SQLException("sql/" + model.resource() + ": " + key + " does not hold" + rows + " ("
                + FirstLine.of(cause) + ")", cause);
    }

    private static SQLException failed(SqlScript model, SQLException cause) {
        return new SQLException("sql/" + model.resource() + " failed: " + FirstLine.of(cause), cause);
    }

    private interface OnFailure {
        SQLException wrap(SQLException e) throws SQLException;
    }

    private static void execute(Connection connection, String sql, OnFailure onFailure) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql);
        } catch (SQLException e) {
            throw onFailure.wrap(e);
        }
    }
}
