package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scopes of the incremental models ({@link Incremental}): in an update, the tables {@code sql/update/scopes.sql}
 * makes from what changed in the lake ({@code delta_<input>}), and the macros {@code in_<scope>(value)} that read
 * them; in a full build, no tables and every macro true, so the same model SQL builds everything.
 */
final class Scopes {

    static final String SCRIPT = "update/scopes.sql";

    private Scopes() {
    }

    /** A full build: every row is in every scope. */
    static void everything(Connection connection, List<Model> models) throws SQLException {
        for (String scope : declared(models)) {
            execute(connection, "create or replace temp macro in_" + scope + "(value) as true");
        }
    }

    /** An update: the scopes of what changed, which every incremental model's scope must be among. */
    static void ofChanges(Connection connection, List<Model> models) throws SQLException {
        SqlScript.load(SCRIPT).run(connection);
        for (String scope : declared(models)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from duckdb_tables() where temporary "
                            + "and table_name = '" + scope + "'")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    String model = models.stream().filter(m -> m.isIncremental()
                            && m.header().incremental().scope().equals(scope)).findFirst().orElseThrow().name();
                    throw new IllegalStateException("sql/" + SCRIPT + " makes no table " + scope + ", the scope "
                            + model + " is updated in");
                }
            }
            execute(connection, "create or replace temp macro in_" + scope + "(value) as value in (select key from "
                    + scope + ")");
        }
    }

    private static Set<String> declared(List<Model> models) {
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
