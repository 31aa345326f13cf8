package kr.aiacademy.etl.warehouse.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import kr.aiacademy.etl.warehouse.build.ModelFixture;
import org.junit.jupiter.api.Test;

/** Given budget facts by funding source, expect one kpi_budget row per fiscal year and program. */
class KpiBudgetTest {

    @Test
    void sumsTheSourcesRoundsTheRateHalfUpAndGrowsOnThePreviousYear() throws Exception {
        try (ModelFixture model = new ModelFixture()) {
            model.given("dim_funding_source", """
                    select * from (values (1, 'NATIONAL'), (2, 'CITY'), (3, 'PROVINCE'))
                        as v (funding_source_key, funding_source)""")
                    .given("fact_budget", """
                    select * from (values
                        (2023, 'P', 1, 600, 300), (2023, 'P', 2, 400, 0),
                        (2024, 'P', 1, 700, 500), (2024, 'P', 2, 300, 100), (2024, 'P', 3, 200, 0),
                        (2024, 'Q', 2, 300, 100),
                        (2024, 'R', 2, 20000, 1))
                        as v (fiscal_year, program_code, funding_source_key, allocated_krw, executed_krw)""")
                    .run("kpi/kpi_budget.sql");

            assertThat(model.rows("select * from kpi_budget")).containsExactly(
                    "2023|P|1000|300|0.3000|600|400|0|null",
                    "2024|P|1200|600|0.5000|700|300|200|0.2000",
                    "2024|Q|300|100|0.3333|0|300|0|null",
                    "2024|R|20000|1|0.0001|0|20000|0|null");
        }
    }
}
