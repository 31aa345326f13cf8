package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyedTableTest {

    private Connection connection;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table dim_line (fiscal_year integer, line_code varchar, name varchar, "
                    + "primary key (fiscal_year, line_code))");
            statement.execute("insert into dim_line values (2024, 'A', 'first'), (2024, 'B', 'second')");
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    @Test
    void createsACompositeForeignKeyWithTheQuerysColumnsTypesAndOrder() throws Exception {
        KeyedTable.create(connection, model("""
                -- grain: One row per spend.
                -- primary key: spend_key
                -- foreign key: year, line references dim_line (fiscal_year, line_code)
                create table fact_spend as
                with spend as (
                    select * from (values (2, 2024, 'B', 10.5), (1, 2024, 'A', 3.25)) as v (k, y, l, amount)
                )
                select k::bigint as spend_key, y as year, l as line, amount::decimal(18, 2) as amount_krw
                from spend
                order by spend_key;
                """));

        assertThat(rows("select spend_key, year, line, amount_krw from fact_spend"))
                .containsExactly("1|2024|A|3.25", "2|2024|B|10.50");
        assertThat(rows("select column_name || ' ' || data_type from duckdb_columns() "
                + "where table_name = 'fact_spend' order by column_index"))
                .containsExactly("spend_key BIGINT", "year INTEGER", "line VARCHAR", "amount_krw DECIMAL(18,2)");
        assertThat(rows("select constraint_text from duckdb_constraints() where table_name = 'fact_spend' "
                + "and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY') order by 1"))
                .containsExactly("FOREIGN KEY (\"year\", line) REFERENCES dim_line(fiscal_year, line_code)",
                        "PRIMARY KEY(spend_key)");
    }

    @Test
    void aModelWithForeignKeysMustBeOneCreateTableAsStatement() {
        Model model = model("""
                -- grain: One row per spend.
                -- foreign key: year, line references dim_line (fiscal_year, line_code)
                create table fact_spend (year integer, line varchar);
                insert into fact_spend values (2024, 'A');
                """);

        assertThatThrownBy(() -> KeyedTable.create(connection, model)).isInstanceOf(IllegalStateException.class)
                .hasMessage("sql/facts/fact_spend.sql declares foreign keys or a stable key, or is updated "
                        + "incrementally, so it must be one 'create table fact_spend as <query>' statement");
    }

    @Test
    void anErrorThatIsNotAKeyIsReportedAsTheModelsFailure() {
        Model model = model("""
                -- grain: One row per spend.
                -- foreign key: year, line references dim_line (fiscal_year, line_code)
                create table fact_spend as
                select 2024 as year, 'A' as line, amount::integer as amount from (values ('x')) as v (amount);
                """);

        assertThatThrownBy(() -> KeyedTable.create(connection, model)).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("sql/facts/fact_spend.sql failed: Conversion Error");
    }

    private static Model model(String text) {
        return Models.ordered(List.of(new SqlScript("facts/fact_spend.sql", text))).get(0);
    }

    private List<String> rows(String sql) throws SQLException {
        return Rows.of(connection, sql);
    }
}
