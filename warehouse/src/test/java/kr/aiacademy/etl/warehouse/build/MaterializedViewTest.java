package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view model with {@code -- materialized: table} becomes a table with the view's columns, types and comments. */
class MaterializedViewTest {

    @Test
    void theViewBecomesATableWithItsColumnsTypesAndCommentsAndViewsOnItStillRead() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("create table facts as select range as id, (range % 3)::integer as grp, "
                    + "(range / 7.0)::decimal(12,2) as amount from range(100)");
            statement.execute("create view kpi as select grp, count(*) as n, sum(amount) as total from facts "
                    + "group by grp");
            statement.execute("create view kpi_top as select grp from kpi where n > 33");
            statement.execute("comment on view kpi is 'One row per group, it''s small'");
            statement.execute("comment on column kpi.total is 'Sum of amounts'");
            List<String> columns = rows(statement, "describe kpi");
            List<String> figures = rows(statement, "select grp || ':' || n || ':' || total from kpi order by grp");

            MaterializedView.materialize(connection, "kpi");

            assertThat(rows(statement, "select table_name from duckdb_tables() where table_name = 'kpi'"))
                    .containsExactly("kpi");
            assertThat(rows(statement, "select view_name from duckdb_views() where view_name = 'kpi'")).isEmpty();
            assertThat(rows(statement, "describe kpi")).isEqualTo(columns);
            assertThat(rows(statement, "select comment from duckdb_tables() where table_name = 'kpi'"))
                    .containsExactly("One row per group, it's small");
            assertThat(rows(statement, "select column_name || '=' || coalesce(comment, '-') from duckdb_columns() "
                    + "where table_name = 'kpi' order by column_index"))
                    .containsExactly("grp=-", "n=-", "total=Sum of amounts");
            assertThat(rows(statement, "select grp || ':' || n || ':' || total from kpi order by grp"))
                    .isEqualTo(figures).hasSize(3);
            assertThat(rows(statement, "select grp from kpi_top")).containsExactly("0");
            assertThat(rows(statement, "select count(*) from duckdb_tables() where table_name like '%materialized%'"))
                    .containsExactly("0");
        }
    }

    private static List<String> rows(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
