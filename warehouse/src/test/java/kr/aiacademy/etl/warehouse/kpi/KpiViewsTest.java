package kr.aiacademy.etl.warehouse.kpi;

import static kr.aiacademy.etl.pipeline.employment.EmploymentOutcome.EMPLOYED;
import static kr.aiacademy.etl.pipeline.employment.EmploymentOutcome.GRAD_SCHOOL;
import static kr.aiacademy.etl.pipeline.employment.EmploymentOutcome.SEEKING;
import static kr.aiacademy.etl.pipeline.employment.EmploymentOutcome.STARTUP;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.DROPPED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.ENROLLED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.budget;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.budget.FundingSource;
import kr.aiacademy.etl.pipeline.employment.EmploymentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.Rows;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given these rows, expect these figures: the KPI views on a tiny warehouse built from lake files. Cohort 1 (course
 * 2020-10-05 to 2021-05-05, so the 6-month window ends 2021-11-05) has 12 admitted, 10 completers (2 from Gwangju);
 * cohort 2 has 3 completers, all in graduate school; cohort 3 is still in training. Budget 2020 only; the build is
 * as of 2020-07-01 in Seoul (20:00 UTC the day before).
 */
class KpiViewsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildWarehouse() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        List<EnrollmentRecord> applications = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            applications.add(application("C" + i, 1, COMPLETED, i <= 2 ? 29 : 11, "c" + i, T0));
        }
        applications.addAll(List.of(application("D1", 1, DROPPED, 29, "d1", T0),
                application("D2", 1, DROPPED, 29, "d2", T0), application("X1", 1, APPLIED, 29, "x1", T0),
                application("X2", 1, APPLIED, 29, "x2", T0), application("X3", 1, APPLIED, 29, "x3", T0),
                application("G1", 2, COMPLETED, 29, "g1", T0), application("G2", 2, COMPLETED, 29, "g2", T0),
                application("G3", 2, COMPLETED, 29, "g3", T0), application("T1", 3, ENROLLED, 29, "t1", T0),
                application("T2", 3, ENROLLED, 29, "t2", T0)));
        lake.drop("enrollment_20200901.csv", applications);
        lake.employment("employment_20211231.jsonl", List.of(
                outcome("C1", EMPLOYED, day("2021-06-01"), day("2021-06-30")),
                outcome("C2", EMPLOYED, day("2021-07-01"), day("2022-03-01")), // late survey, started in time
                outcome("C3", EMPLOYED, day("2021-12-01"), day("2021-12-15")), // started after the window
                outcome("C4", EMPLOYED, null, day("2021-08-01")), // no started_on
                outcome("C5", STARTUP, day("2021-11-05"), day("2021-11-30")), // the window's last day
                outcome("C6", EMPLOYED, day("2021-06-01"), day("2021-06-10")),
                outcome("C6", GRAD_SCHOOL, day("2021-09-01"), day("2021-09-10")), // now in graduate school
                outcome("C7", GRAD_SCHOOL, day("2021-09-01"), day("2021-09-10")),
                outcome("C8", EMPLOYED, day("2021-06-15"), day("2021-07-01")),
                outcome("C8", SEEKING, null, day("2021-12-01")), // lost the job: counts within 6 months only
                outcome("C9", SEEKING, null, day("2021-08-01")),
                outcome("G1", GRAD_SCHOOL, day("2022-03-02"), day("2022-06-01")),
                outcome("G2", GRAD_SCHOOL, day("2022-03-02"), day("2022-06-01")),
                outcome("G3", GRAD_SCHOOL, day("2022-03-02"), day("2022-06-01"))));
        lake.budget("budget_20200331.csv", List.of(
                budget(2020, FundingSource.NATIONAL, "인건비", 600_000_000, 300_000_000),
                budget(2020, FundingSource.CITY, "운영비", 400_000_000, 100_000_000),
                budget(2021, FundingSource.PRIVATE, "운영비", 0, 0)));
        warehouse = lake.build(dir.resolve("warehouse.duckdb"), new BuildRun(1L, "nightlyLoadJob",
                OffsetDateTime.parse("2020-06-30T20:00:00Z"), ZoneId.of("Asia/Seoul")));
    }

    @Test
    void kpiCohortRatesShowsEachRateWithItsNumeratorAndDenominator() throws Exception {
        assertThat(query("select kpi, numerator, denominator, value from kpi_cohort_rates where cohort = 1"))
                .containsExactly(
                        "completion_rate|10|12|0.8333",
                        "local_share|2|10|0.2000",
                        "outcome_rate|7|10|0.7000", // 5 employed or start-up + 2 in graduate school
                        "employment_rate|5|8|0.6250", // graduate school out of the base
                        "employment_6m_rate|4|8|0.5000", // C1, C2 (late survey), C5 (last day), C8 (earlier job)
                        "cost_per_completer_krw|1000000000|10|100000000.0000");
    }

    @Test
    void aGraduateSchoolOnlyCohortHasAFullOutcomeRateAndNoEmploymentRate() throws Exception {
        assertThat(query("select kpi, numerator, denominator, value from kpi_cohort_rates where cohort = 2 "
                + "and kpi in ('outcome_rate', 'employment_rate', 'employment_6m_rate', 'cost_per_completer_krw')"))
                .containsExactly("outcome_rate|3|3|1.0000", "employment_rate|0|0|null",
                        "employment_6m_rate|0|0|null",
                        "cost_per_completer_krw|0|3|0.0000"); // no budget rows for 2021's academy: 0 won
        assertThat(query("select outcome_rate, employment_rate, budget_krw, cost_per_completer_krw from kpi_cohort "
                + "where cohort = 2")).containsExactly("1.0000|null|0|0");
    }

    @Test
    void aCohortWithoutCompletersHasCountsOfZeroAndNoRates() throws Exception {
        assertThat(query("select kpi, numerator, denominator, value from kpi_cohort_rates where cohort = 3"))
                .containsExactly("completion_rate|0|2|null", "local_share|0|0|null", "outcome_rate|0|0|null",
                        "employment_rate|0|0|null", "employment_6m_rate|0|0|null",
                        "cost_per_completer_krw|0|0|null");
    }

    @Test
    void theContractViewAgreesWithTheRatesView() throws Exception {
        assertThat(query("select completers, completion_rate, local_share, outcome_rate, employment_rate, "
                + "cost_per_completer_krw from kpi_cohort where cohort = 1"))
                .containsExactly("10|0.8333|0.2000|0.7000|0.6250|100000000");
    }

    @Test
    void budgetExecutionIsSetAgainstTheShareOfTheFiscalYearGoneByAtTheAsOfDateInSeoul() throws Exception {
        assertThat(query("select as_of_date, as_of from etl_build")).containsExactly(
                "2020-07-01|2020-07-01T05:00:00+09:00");
        assertThat(query("select fiscal_year, funding_source, funding_source_ko, allocated_krw, executed_krw, "
                + "execution_rate, elapsed_days, year_days, elapsed_share, execution_pace from kpi_budget_execution"))
                .containsExactly(
                        // 182 days of 2020's 366 lie before 1 July: half executed is a little ahead of pace
                        "2020|CITY|시비|400000000|100000000|0.2500|182|366|0.4973|0.5027",
                        "2020|NATIONAL|국비|600000000|300000000|0.5000|182|366|0.4973|1.0055",
                        // nothing allocated, and the year has not begun: no rate, no pace
                        "2021|PRIVATE|민간|0|0|null|0|365|0.0000|null");
    }

    @Test
    void theTotalRowSumsTheCohortsAndComputesItsRatesFromTheSums() throws Exception {
        assertThat(query("select cohorts, applicants, admitted, completers, completion_rate, local_completers, "
                + "positive_outcomes, outcome_rate, employment_rate from kpi_cohort_total"))
                .containsExactly("3|20|17|13|0.7647|5|10|0.7692|0.6250"); // 5 / (13 - 5)
    }

    @Test
    void everyRateHasADefinitionInWordsWithItsNumeratorDenominatorAndSource() throws Exception {
        assertThat(query("select distinct rates.kpi from kpi_cohort_rates as rates anti join kpi_definitions "
                + "using (kpi)")).isEmpty();
        assertThat(query("select kpi from kpi_definitions where label_ko is null or label_en is null "
                + "or formula is null or numerator is null or denominator is null or exclusions is null "
                + "or source is null")).isEmpty();
        assertThat(query("select kpi from kpi_definitions order by kpi")).contains("outcome_rate",
                "employment_rate", "employment_6m_rate", "completion_rate", "local_share", "cost_per_completer_krw",
                "budget_execution_rate", "budget_execution_pace");
    }

    private static List<String> query(String sql) throws Exception {
        try (Connection connection = WarehouseReader.open(warehouse)) {
            return Rows.of(connection, sql);
        }
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
