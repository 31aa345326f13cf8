package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A view model whose header says {@code -- materialized: table} becomes a table of the same name, columns, types and
 * comments once the whole warehouse is built: readers (BI tools, the endpoint) then read its few rows instead of
 * computing the view at every query. Every build, in full or an update, makes it again, so the table is never stale.
 */
final class MaterializedView {

    private MaterializedView() {
    }

    /** Replaces the view by a table of its rows, keeping its comment and its columns' comments. */
    static void materialize(Connection connection, String view) throws SQLException {
        String staged = view + "__materialized";
        List<String> comments = new ArrayList<>();
        try (PreparedStatement table = connection.prepareStatement(
                "select comment from duckdb_views() where view_name = ? and schema_name = 'main' and comment is not null");
                PreparedStatement columns = connection.prepareStatement("select column_name, comment "
                        + "from duckdb_columns() where table_name = ? and schema_name = 'main' and comment is not null "
                        + "order by column_index")) {
            table.setString(1, view);
            try (ResultSet rs = table.executeQuery()) {
                while (rs.next()) {
                    comments.add("comment on table " + view + " is " + literal(rs.getString(1)));
                }
            }
            columns.setString(1, view);
            try (ResultSet rs = columns.executeQuery()) {
                while (rs.next()) {
                    comments.add("comment on column " + view + "." + rs.getString(1) + " is "
                            + literal(rs.getString(2)));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + staged + " as select * from " + view);
            statement.execute("drop view " + view);
            statement.execute("alter table " + staged + " rename to " + view);
            for (String comment : comments) {
                statement.execute(comment);
            }
        } catch (SQLException e) {
            throw new SQLException("materializing " + view + " as a table failed: " + e.getMessage(), e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
