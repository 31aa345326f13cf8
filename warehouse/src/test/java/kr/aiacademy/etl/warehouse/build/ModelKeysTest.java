package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.aiacademy.etl.warehouse.build.ModelKeys.ForeignKey;
import org.junit.jupiter.api.Test;

class ModelKeysTest {

    @Test
    void readsThePrimaryAndForeignKeysOfTheHeaderComment() {
        ModelKeys keys = ModelKeys.of(new SqlScript("facts/fact_x.sql", """
                -- One row per x.
                -- primary key: x_key
                --   foreign key: cohort_key references dim_cohort (cohort_key)
                -- Foreign Key: year, code references dim_line(fiscal_year,  line_code)
                create table fact_x as select 1;
                """));

        assertThat(keys.table()).isEqualTo("fact_x");
        assertThat(keys.primaryKey()).containsExactly("x_key");
        assertThat(keys.primaryKeyClause()).isEqualTo("primary key (x_key)");
        assertThat(keys.foreignKeys()).containsExactly(
                new ForeignKey(List.of("cohort_key"), "dim_cohort", List.of("cohort_key")),
                new ForeignKey(List.of("year", "code"), "dim_line", List.of("fiscal_year", "line_code")));
        assertThat(keys.foreignKeys().get(1))
                .hasToString("foreign key (year, code) references dim_line (fiscal_year, line_code)");
    }

    @Test
    void readsACompositePrimaryKey() {
        ModelKeys keys = ModelKeys.of(new SqlScript("facts/bridge.sql", """
                -- primary key: award_key , applicant_id
                create table bridge as select 1 as award_key, 'a' as applicant_id;
                """));

        assertThat(keys.primaryKey()).containsExactly("award_key", "applicant_id");
        assertThat(keys.foreignKeys()).isEmpty();
    }

    @Test
    void readsOnlyTheLeadingComment() {
        ModelKeys keys = ModelKeys.of(new SqlScript("dims/dim_x.sql", """
                -- One row per x; its key is x_key, and no foreign key points anywhere.
                create table dim_x as
                -- primary key: not_a_declaration
                select 1 as x_key;
                """));

        assertThat(keys.primaryKey()).isEmpty();
        assertThat(keys.foreignKeys()).isEmpty();
    }

    @Test
    void refusesADeclarationItCannotRead() {
        assertThatThrownBy(() -> ModelKeys.of(new SqlScript("facts/fact_x.sql", """
                -- foreign key: cohort_key -> dim_cohort
                create table fact_x as select 1;
                """))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sql/facts/fact_x.sql: cannot read the key declaration "
                        + "'-- foreign key: cohort_key -> dim_cohort'");
    }

    @Test
    void refusesAForeignKeyWithMoreColumnsOnOneSide() {
        assertThatThrownBy(() -> ModelKeys.of(new SqlScript("facts/fact_x.sql", """
                -- foreign key: year, code references dim_line (line_code)
                create table fact_x as select 1;
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("as many columns");
    }

    @Test
    void refusesASecondPrimaryKey() {
        assertThatThrownBy(() -> ModelKeys.of(new SqlScript("facts/fact_x.sql", """
                -- primary key: a
                -- primary key: b
                create table fact_x as select 1 as a, 2 as b;
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("primary key: b");
    }
}
