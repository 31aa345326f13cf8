package kr.aiacademy.etl.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineageTest {

    private final Lineage lineage = Lineage.ofBuild();

    @Test
    void readsWhatEachModelSelectsFromOutOfItsSqlFile() {
        assertThat(lineage.models().get("fact_application").reads())
                .contains("int_application_current", "dim_trainee")
                .doesNotContain("fact_application");
        assertThat(lineage.models().get("kpi_cohort").reads())
                .contains("fact_application", "fact_employment_outcome", "fact_award", "fact_budget", "dim_cohort")
                .as("CTE names are no relations").doesNotContain("applications", "outcomes", "budgets", "cohorts");
        assertThat(lineage.models().get("kpi_cohort").layer()).isEqualTo("kpi");
        assertThat(lineage.models().get("kpi_cohort").file()).isEqualTo("sql/kpi/kpi_cohort.sql");
    }

    @Test
    void followsAKpiBackToTheLakeFoldersItIsBuiltFrom() {
        assertThat(lineage.upstream("kpi_cohort")).extracting(Lineage.Model::name)
                .contains("int_application_current", "stg_enrollment", "stg_employment", "stg_awards", "stg_budget");
        assertThat(lineage.upstream("kpi_cohort")).extracting(Lineage.Model::input).contains("lake/enrollment",
                "lake/employment", "lake/awards", "lake/budget");
        assertThat(lineage.readers("fact_budget")).contains("kpi_cohort", "kpi_budget");
    }

    @Test
    void takesTheGrainFromTheFileHeaderWithoutTheKeyDeclarations() {
        assertThat(lineage.models().get("fact_award").grain())
                .startsWith("One row per award (award_id)").doesNotContain("primary key").doesNotContain("foreign key");
    }
}
