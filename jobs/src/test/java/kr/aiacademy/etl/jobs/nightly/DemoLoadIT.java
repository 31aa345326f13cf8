package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./etl run} with no inbox loads the bundled demo inbox and reproduces the contract's figures. */
class DemoLoadIT {

    @TempDir
    Path data;

    @Test
    void demoInboxReproducesEveryFigureOfTheContract() throws Exception {
        Cli run = Cli.run("run", "--data-dir", data.toString());

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("COMPLETED").contains("Drops: 16 seen, 15 loaded, 1 duplicate, 0 rejected")
                .contains("kpi_cohort (").contains("warning: 2 employment record(s)");
        assertThat(WarehouseQueries.query(data, "select cohort, planned_hours, applicants, admitted, "
                + "competition_ratio, completers, completion_rate, local_completers, local_share, positive_outcomes, "
                + "outcome_rate, awards_won, awarded_teams, prize_total_krw, budget_krw, cost_per_completer_krw "
                + "from kpi_cohort order by cohort"))
                .containsExactly(
                        List.of("1", "960", "1160", "200", "5.80", "155", "0.7750", "73", "0.4710", "130", "0.8387",
                                "7", "9", "28000000", "3500000000", "22580645"),
                        Arrays.asList("2", "1120", "609", "180", "3.38", "0", null, "0", null, "0", null, "0", "0",
                                "0", "4200000000", null));
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_application f join "
                + "fact_employment_outcome o using (application_key) where f.is_completed and o.is_current "
                + "and o.outcome = 'SEEKING' and f.cohort_key = 1")).containsExactly(List.of("25"));
        assertThat(WarehouseQueries.query(data, "select fiscal_year, program_code, allocated_krw, national_krw, "
                + "city_krw, other_krw, yoy_growth from kpi_budget order by program_code, fiscal_year"))
                .containsExactly(
                        Arrays.asList("2020", "GJ-AI-ACADEMY", "3500000000", "1500000000", "2000000000", "0", null),
                        List.of("2021", "GJ-AI-ACADEMY", "4200000000", "1800000000", "2400000000", "0", "0.2000"),
                        Arrays.asList("2020", "GJ-AI-CITY", "69700000000", "40000000000", "20000000000",
                                "9700000000", null),
                        List.of("2021", "GJ-AI-CITY", "80050000000", "46500000000", "23000000000", "10550000000",
                                "0.1485"));
        assertThat(WarehouseQueries.query(data, "select status, count(*) from etl_drops group by all order by 1"))
                .containsExactly(List.of("DUPLICATE", "1"), List.of("LOADED", "15"));
        assertThat(WarehouseQueries.query(data, "select feed, count(*) from etl_rejects group by all order by 1"))
                .containsExactly(List.of("awards", "1"), List.of("budget", "2"), List.of("employment", "3"),
                        List.of("enrollment", "7"));
        assertThat(WarehouseQueries.query(data, "select drop_name, rule from etl_rejects where feed = 'enrollment' "
                + "order by drop_name, record_no")).hasSize(7).contains(
                        List.of("enrollment_20201005.zip", "invalid_rrn"),
                        List.of("enrollment_20201005.zip", "unknown_region"),
                        List.of("enrollment_20201005.zip", "status_before_applied"),
                        List.of("enrollment_20201005.zip", "unknown_status"),
                        List.of("enrollment_20201005.zip", "missing_value"),
                        List.of("enrollment_20210520.csv", "unknown_region"),
                        List.of("enrollment_20210520.csv", "invalid_rrn"));
        assertThat(WarehouseQueries.query(data, "select issue from etl_quality_issues order by 1"))
                .containsExactly(List.of("executed_above_allocated"), List.of("unlinked_employment"));
        assertThat(Files.exists(data.resolve("warehouse/warehouse.duckdb.wal"))).isFalse();
    }

    @Test
    void eachRunWritesAnExportFolderOfItsOwnWithTheKpiExtractsAndAManifest() throws Exception {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();

        Path day = data.resolve("exports").resolve(LocalDate.now(ZoneId.of("Asia/Seoul")).toString());
        List<Path> runs;
        try (var folders = Files.list(day)) {
            runs = folders.sorted().toList();
        }
        assertThat(runs).hasSize(2);
        Path exports = data.resolve("exports/latest").toRealPath();
        assertThat(exports).isEqualTo(runs.get(1).toRealPath());
        String csv = Files.readString(exports.resolve("kpi_cohort.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("cohort,planned_hours,applicants,admitted,competition_ratio,completers,")
                .contains("\r\n1,960,1160,200,5.80,155,0.7750,73,0.4710,130,0.8387,")
                .endsWith("\r\n");
        assertThat(Files.readString(exports.resolve("kpi_budget.csv"))).contains("2021,GJ-AI-CITY,80050000000,");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(WarehouseQueries.query(duck, "select count(*) from read_parquet('"
                    + exports.resolve("kpi_cohort.parquet") + "')")).containsExactly(List.of("2"));
        }
        JsonNode manifest = JsonMapper.builder().build().readTree(exports.resolve("manifest.json").toFile());
        assertThat(manifest.get("execution_id").asString()).isEqualTo(exports.getFileName().toString());
        assertThat(manifest.get("as_of").asString()).endsWith("+09:00");
        assertThat(manifest.get("drops")).hasSize(15);
        for (JsonNode file : manifest.get("files")) {
            assertThat(Files.size(exports.resolve(file.get("name").asString()))).isEqualTo(file.get("bytes").asLong());
        }
        // nothing came in between: the second run found the warehouse up to date and published nothing, so the
        // history holds the one published run and nothing changed
        assertThat(WarehouseQueries.query(data, "select count(distinct execution_id), count(*) from "
                + "kpi_cohort_history")).containsExactly(List.of("1", "2"));
        assertThat(WarehouseQueries.query(data, "select count(*) from kpi_cohort_changes"))
                .containsExactly(List.of("0"));
        assertThat(data.resolve("history/kpi_cohort").resolve(runs.get(0).getFileName() + ".parquet")).exists();
        assertThat(data.resolve("history/kpi_cohort").resolve(runs.get(1).getFileName() + ".parquet"))
                .doesNotExist();
    }

    @Test
    void runningTwiceGivesTheSameWarehouse() throws Exception {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
        String first = WarehouseSnapshot.of(data);

        Cli second = Cli.run("run", "--data-dir", data.toString(), "--quiet");

        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("\"seen\":0");
        assertThat(WarehouseSnapshot.of(data)).isEqualTo(first).contains("## main.fact_application");
    }
}
