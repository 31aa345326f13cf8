package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void aModelRunsAfterTheModelsItReadsInputsFirstAndTiesByFolderThenName() {
        List<Model> order = Models.ordered(List.of(
                model("kpi/kpi_a.sql", "create view kpi_a as select * from fact_b join dim_z using (k)"),
                model("facts/fact_b.sql", "create table fact_b as select * from dim_z join int_y using (k)"),
                model("dims/dim_z.sql", "create table dim_z as select 'from fact_b' as k from stg_x"),
                model("dims/dim_c.sql", "create table dim_c as select 1 as k"),
                model("intermediate/int_y.sql", "create table int_y as with dim_c as (select 1) select 1"),
                model("audit/etl_w.sql", "-- input: the run\ncreate table etl_w (k integer)"),
                model("staging/stg_x.sql", "-- input: lake/x\ncreate temp table stg_x (k integer)")));

        assertThat(order).extracting(Model::name)
                .containsExactly("stg_x", "etl_w", "int_y", "dim_c", "dim_z", "fact_b", "kpi_a");
        assertThat(order.get(5).reads()).as("string literals and CTE names are no reads")
                .containsExactly("dim_z", "int_y");
        assertThat(order.get(4).kind()).isEqualTo("table");
        assertThat(order.get(6).kind()).isEqualTo("view");
    }

    @Test
    void aCycleIsAnErrorNamingIt() {
        assertThatThrownBy(() -> Models.ordered(List.of(
                model("dims/dim_a.sql", "create table dim_a as select * from fact_c"),
                model("facts/fact_b.sql", "create table fact_b as select * from dim_a"),
                model("facts/fact_c.sql", "create table fact_c as select * from fact_b"),
                model("kpi/kpi_d.sql", "create view kpi_d as select * from fact_c"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the models read one another in a cycle: dim_a -> fact_c -> fact_b -> dim_a");
    }

    @Test
    void anInputTableCannotReadAModelBuiltAfterTheLoad() {
        assertThatThrownBy(() -> Models.ordered(List.of(
                model("dims/dim_a.sql", "create table dim_a as select 1"),
                model("staging/stg_b.sql", "-- input: lake/b\ncreate table stg_b as select * from dim_a"))))
                .hasMessage("sql/staging/stg_b.sql is an input table but reads dim_a, which is built after the load");
    }

    @Test
    void aModelCreatesTheRelationItsFileIsNamedAfter() {
        assertThatThrownBy(() -> Models.ordered(List.of(model("dims/dim_a.sql", "create table dim_b as select 1"))))
                .hasMessageStartingWith("sql/dims/dim_a.sql must begin with 'create table dim_a'");
    }

    @Test
    void aModelKeptInTheBuildSchemaIsCreatedThereAndMustNotBeTemporary() {
        Model kept = Models.ordered(List.of(model("intermediate/int_a.sql",
                "-- schema: build\ncreate table int_a as select 1"))).get(0);

        assertThat(kept.qualifiedName()).isEqualTo("build.int_a");
        assertThat(kept.script().statements()).containsExactly("create table build.int_a as select 1");
        assertThatThrownBy(() -> Models.ordered(List.of(model("intermediate/int_b.sql",
                "-- schema: build\ncreate temp table int_b as select 1"))))
                .hasMessage("sql/intermediate/int_b.sql is kept in the schema build, so it must create a table (not "
                        + "a temp table) int_b");
    }

    @Test
    void discoversEveryModelOfTheClassPathInBuildOrder() {
        List<Model> models = Models.discover();

        assertThat(models).extracting(Model::name).contains("stg_enrollment", "dim_cohort", "fact_award",
                "kpi_budget", "kpi_cohort_history", "etl_drops");
        assertThat(models).extracting(m -> m.script().resource()).contains("staging/stg_kpi_run_drops.sql",
                "facts/fact_employment_outcome.sql", "audit/etl_build.sql", "history/kpi_run_drops.sql");
        assertThat(models.stream().takeWhile(Model::isInput)).extracting(Model::name)
                .contains("stg_enrollment", "etl_drop_log", "etl_build", "etl_freshness_log");
        List<String> names = models.stream().map(Model::name).toList();
        models.forEach(m -> m.reads().forEach(read -> assertThat(names.indexOf(read))
                .as("%s reads %s", m.name(), read).isLessThan(names.indexOf(m.name()))));
    }

    private static SqlScript model(String resource, String sql) {
        return new SqlScript(resource, (sql.startsWith("--") ? "" : "-- grain: One row.\n")
                + (sql.startsWith("--") ? sql.replaceFirst("\n", "\n-- grain: One row.\n") : sql) + ";\n");
    }
}
