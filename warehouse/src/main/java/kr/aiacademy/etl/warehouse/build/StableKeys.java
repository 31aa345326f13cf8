package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense surrogate keys that stay stable ({@link StableKey}): each model with one has a key map in the build's state,
 * {@code build.keys_<model>} (the natural key's columns, key), which numbers a natural key the first time a build sees it, after
 * the largest key so far, and gives it that key in every later build, an update or a full one (a full build takes
 * the key maps of the published warehouse first). Dense keys keep DuckDB's indexes small: a 10 M-key index of
 * random 63-bit hashes took 350 MB, of numbers 81 MB. A natural key that goes and comes back gets its old key.
 */
final class StableKeys {

    private static final Logger log = LoggerFactory.getLogger(StableKeys.class);

    private StableKeys() {
    }

    /** The key map of a model. */
    static String map(Model model) {
        return BuildState.SCHEMA + ".keys_" + model.name();
    }

    /**
     * Gives the rows of {@code table} (the model's rows, a temporary table: it is replaced by a copy) whose key is
     * NULL the key of their natural key.
     */
    static void assign(Connection connection, Model model, String table) throws SQLException {
        if (model.header().key() == null) {
            return;
        }
        // one join into a new table, then renamed: DuckDB's UPDATE of 10 M rows from a join took over ten minutes
        String keyed = "keyed_" + model.name();
        execute(connection, model, "create temp table " + keyed + " as " + keyed(connection, model, table));
        execute(connection, model, "drop table " + table);
        execute(connection, model, "alter table " + keyed + " rename to " + table);
    }

    /**
     * Numbers the natural keys of {@code table}'s rows that have no key yet in the key map of the model (which has a
     * stable key), and returns the query of those rows with every NULL key given the key of its natural key.
     */
    static String keyed(Connection connection, Model model, String table) throws SQLException {
        StableKey key = model.header().key();
        String map = map(model);
        String natural = String.join(", ", key.natural());
        execute(connection, model, "create table if not exists " + map + " as select " + natural + ", 0::bigint as "
                + "key from " + table + " where false");
        execute(connection, model, "insert into " + map + " select *, (select coalesce(max(key), 0) from " + map
                + ") + row_number() over (order by " + natural + ") from (select distinct " + natural + " from "
                + table + " where " + key.column() + " is null except select " + natural + " from " + map + ")");
        return "select rows.* replace (coalesce(rows." + key.column() + ", keys.key) as " + key.column() + ") from "
                + table + " as rows left join " + map + " as keys on rows." + key.column() + " is null and "
                + key.natural().stream().map(c -> "keys." + c + " = rows." + c).collect(Collectors.joining(" and "));
    }

    /**
     * Copies the key maps of the published warehouse into a full build, so that it keeps their keys; none when there
     * is none or it cannot be read (the build then numbers the keys afresh, and says so in the log).
     */
    static void carry(Connection connection, Path published) throws SQLException {
        if (published == null || !Files.exists(published)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("attach '" + published.toAbsolutePath().toString().replace("'", "''")
                    + "' as published_keys (read_only)");
        } catch (SQLException e) {
            log.warn("cannot read the keys of the published warehouse ({}): the keys are numbered afresh",
                    FirstLine.of(e));
            return;
        }
        try {
            List<String> maps = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select table_name from duckdb_tables() where database_name "
                            + "= 'published_keys' and schema_name = '" + BuildState.SCHEMA + "' and starts_with("
                            + "table_name, 'keys_')")) {
                while (rs.next()) {
                    maps.add(rs.getString(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String map : maps) {
                    statement.execute("create table " + BuildState.SCHEMA + "." + map + " as select * from "
                            + "published_keys." + BuildState.SCHEMA + "." + map);
                }
            }
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("detach published_keys");
            }
        }
    }

    private static void execute(Connection connection, Model model, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql);
        } catch (SQLException e) {
            throw new SQLException("sql/" + model.script().resource() + ": numbering " + model.name() + "'s keys failed"
                    + " (" + FirstLine.of(e) + "): " + sql, e);
        }
    }
}
