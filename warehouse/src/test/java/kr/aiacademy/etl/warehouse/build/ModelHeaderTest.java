package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelHeaderTest {

    @Test
    void readsEveryFieldOfTheLeadingCommentLines() {
        ModelHeader header = parse("""
                -- description: One row per x, keyed by 'x_key'
                -- grain: One row per x; the unknown member is -1
                --   and it is never deleted.
                -- input: lake/x
                -- materialized: table
                -- counted: true
                -- primary key: x_key , y_key
                -- foreign key: cohort_key references dim_cohort (cohort_key)
                -- foreign key: year, code references dim_line(fiscal_year,  line_code)
                -- column x_key: Surrogate key
                -- column cohort_key: Cohort (dim_cohort);
                --    -1 unknown
                -- test: unique x_key
                create table fact_x as select 1 as x_key;
                -- primary key: not_a_declaration
                """);

        assertThat(header.description()).isEqualTo("One row per x, keyed by 'x_key'");
        assertThat(header.grain()).isEqualTo("One row per x; the unknown member is -1 and it is never deleted.");
        assertThat(header.input()).isEqualTo("lake/x");
        assertThat(header.materialized()).isTrue();
        assertThat(header.counted()).isTrue();
        assertThat(header.primaryKey()).containsExactly("x_key", "y_key");
        assertThat(header.foreignKeys()).containsExactly(
                new ForeignKey(List.of("cohort_key"), "dim_cohort", List.of("cohort_key")),
                new ForeignKey(List.of("year", "code"), "dim_line", List.of("fiscal_year", "line_code")));
        assertThat(header.foreignKeys().get(1))
                .hasToString("foreign key (year, code) references dim_line (fiscal_year, line_code)");
        assertThat(header.columns()).containsExactly(entry("x_key", "Surrogate key"),
                entry("cohort_key", "Cohort (dim_cohort); -1 unknown"));
        assertThat(header.tests()).extracting(DataTest::name).containsExactly("fact_x.x_key.unique");
    }

    @Test
    void leavesOutWhatTheHeaderDoesNotSay() {
        ModelHeader header = parse("-- grain: One row.\ncreate view fact_x as select 1;\n");

        assertThat(header.description()).isNull();
        assertThat(header.input()).isNull();
        assertThat(header.materialized()).isFalse();
        assertThat(header.counted()).isFalse();
        assertThat(header.primaryKey()).isEmpty();
        assertThat(header.columns()).isEmpty();
        assertThat(header.schema()).isEqualTo("main");
        assertThat(header.incremental()).isNull();
    }

    @Test
    void aTestTheDeclaredKeysEnforceIsSaidToBeSo() {
        ModelHeader header = parse("""
                -- grain: One row per x.
                -- primary key: x_key
                -- foreign key: cohort_key references dim_cohort (cohort_key)
                -- foreign key: region_key references dim_region (region_key)
                -- test: unique x_key
                -- test: not_null x_key
                -- test: unique applicant_id
                -- test open_key: unique x_key where is_open
                -- test: not_null cohort_key
                -- test: relationships cohort_key references dim_cohort (cohort_key)
                -- test: relationships region_key references dim_region (region_key)
                -- test: relationships trainee_key references dim_trainee (trainee_key)
                create table fact_x as select 1 as x_key;
                """);

        assertThat(header.tests()).filteredOn(test -> test.enforcedBy(header)).extracting(DataTest::name)
                .containsExactly("fact_x.x_key.unique", "fact_x.x_key.not_null", "fact_x.cohort_key.relationships");
    }

    @Test
    void readsTheSchemaAndHowAnUpdateRebuildsTheModel() {
        ModelHeader header = parse("""
                -- grain: One row per x.
                -- schema: build
                -- incremental: applicant_id in scope_applicant
                create table fact_x as select 1 as applicant_id;
                """);

        assertThat(header.schema()).isEqualTo("build");
        assertThat(header.incremental()).isEqualTo(new Incremental("applicant_id", "scope_applicant"));
        assertThat(header.incremental().macro()).isEqualTo("in_scope_applicant");
    }

    @Test
    void aLineItCannotReadNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> parse("""
                -- grain: One row per x.
                -- One row per x, said a second time.
                create table fact_x as select 1;
                """)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sql/facts/fact_x.sql line 2: cannot read the header line "
                        + "'-- One row per x, said a second time.'");
    }

    @Test
    void aBadValueNamesTheFileTheLineAndTheRule() {
        assertThatThrownBy(() -> parse("-- grain: x\n-- foreign key: cohort_key -> dim_cohort\ncreate table x;"))
                .hasMessageStartingWith("sql/facts/fact_x.sql line 2: cannot read the foreign key "
                        + "'cohort_key -> dim_cohort'");
        assertThatThrownBy(() -> parse("-- grain: x\n-- foreign key: year, code references dim_line (code)\n"))
                .hasMessageContaining("line 2").hasMessageContaining("as many columns");
        assertThatThrownBy(() -> parse("-- grain: x\n-- primary key: a\n-- primary key: b\n"))
                .hasMessage("sql/facts/fact_x.sql line 3: a second 'primary key' line");
        assertThatThrownBy(() -> parse("-- grain: x\n-- column: no name\n"))
                .hasMessage("sql/facts/fact_x.sql line 2: 'column' needs a name before its colon");
        assertThatThrownBy(() -> parse("-- grain: x\n-- column a: A\n-- column a: B\n"))
                .hasMessage("sql/facts/fact_x.sql line 3: column a is described twice");
        assertThatThrownBy(() -> parse("-- grain: x\n-- test: unique\n"))
                .hasMessageStartingWith("sql/facts/fact_x.sql line 2: cannot read the test 'unique'");
        assertThatThrownBy(() -> parse("-- grain: x\n-- test: expression a > 0\n"))
                .hasMessageStartingWith("sql/facts/fact_x.sql line 2: an expression test needs a name");
        assertThatThrownBy(() -> parse("-- grain: x\n-- counted: yes\n"))
                .hasMessage("sql/facts/fact_x.sql: 'counted: yes' must be true or false");
        assertThatThrownBy(() -> parse("-- grain: x\n-- incremental: applicant_id\n"))
                .hasMessageStartingWith("sql/facts/fact_x.sql line 2: cannot read 'incremental: applicant_id' "
                        + "(expected '<column> in scope_<name>')");
        assertThatThrownBy(() -> parse("-- grain: x\n-- schema: staging\n"))
                .hasMessage("sql/facts/fact_x.sql: 'schema: staging' must be main or build");
        assertThatThrownBy(() -> parse("-- description: x\ncreate table x;"))
                .hasMessageStartingWith("sql/facts/fact_x.sql: the header gives no grain");
    }

    @Test
    void namesEachTestAfterItsModelAndColumnsOrItsOwnName() {
        ModelHeader header = parse("""
                -- grain: x
                -- test: unique (year, code) where is_current
                -- test: not_null code
                -- test: relationships code references dim_code (code) where code <> -1
                -- test: accepted_values status in ('A', 'B')
                -- test positive: expression amount
                --   > 0
                """);

        assertThat(header.tests()).extracting(DataTest::name).containsExactly("fact_x.year_code.unique",
                "fact_x.code.not_null", "fact_x.code.relationships", "fact_x.status.accepted_values",
                "fact_x.positive");
        assertThat(header.tests().get(4).sql())
                .isEqualTo("select 'fact_x.positive' as check_name, count(*) as violations from fact_x "
                        + "where not (amount > 0)");
    }

    private static ModelHeader parse(String text) {
        return ModelHeader.parse("facts/fact_x.sql", "fact_x", text);
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
