package kr.aiacademy.etl.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The command line's outputs and exit statuses: 0 success, 1 the work failed, 2 a usage error. */
class CommandLineIT {

    @TempDir
    static Path data;

    @BeforeAll
    static void loadTheDemo() {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
    }

    @Test
    void sqlWritesRfc4180CsvWithAHeaderAndNothingElse() {
        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "--format", "csv",
                "select cohort, competition_ratio, 'a,\"b\"' as quoted from kpi_cohort order by cohort");

        assertThat(sql.status()).isZero();
        assertThat(sql.out()).isEqualTo("cohort,competition_ratio,quoted\r\n1,5.80,\"a,\"\"b\"\"\"\r\n"
                + "2,3.38,\"a,\"\"b\"\"\"\r\n");
    }

    @Test
    void sqlWritesJsonWithNumbersAsNumbers() {
        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "--format", "json",
                "select cohort, competition_ratio, completion_rate, name_ko from kpi_cohort "
                        + "join dim_region on region_key = 29 order by cohort");

        List<Map<String, Object>> rows = JsonMapper.shared().readValue(sql.out(), new TypeReference<>() {
        });
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("cohort", 1).containsEntry("name_ko", "광주광역시");
        assertThat(rows.get(0).get("competition_ratio").toString()).isEqualTo("5.8");
        assertThat(rows.get(1)).containsEntry("completion_rate", null);
    }

    @Test
    void sqlWritesAnAlignedTable() {
        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "select region_key, name_ko from dim_region "
                + "where region_key in (11, 29) order by 1");

        assertThat(sql.out()).isEqualTo("""
                region_key | name_ko
                -----------+-----------
                        11 | 서울특별시
                        29 | 광주광역시
                (2 rows)
                """);
    }

    @Test
    void theWarehouseCannotBeChangedThroughSql() {
        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "drop table fact_application");

        assertThat(sql.status()).isEqualTo(1);
        assertThat(sql.err()).startsWith("error: ").contains("read-only").doesNotContain("\tat ");
    }

    @Test
    void aBadStatementFailsWithTheDatabaseMessage() {
        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "select * from no_such_table");

        assertThat(sql.status()).isEqualTo(1);
        assertThat(sql.err()).contains("no_such_table").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        Cli unknown = Cli.run("run", "--bogus");
        Cli format = Cli.run("sql", "--data-dir", data.toString(), "--format", "xml", "select 1");
        Cli none = Cli.run();

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--bogus");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be table, csv, json, markdown, line, not 'xml'");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("a command is required");
    }

    @Test
    void aBadOrUnknownSettingIsAUsageErrorNamingTheSettingTheValueAndWhatIsAllowed(@TempDir Path empty) {
        Cli notANumber = Cli.run("run", "--data-dir", empty.toString(), "--etl.unpack.max-ratio=abc");
        Cli outOfRange = Cli.run("run", "--data-dir", empty.toString(), "--etl.ingest.threads=0");
        Cli misspelled = Cli.run("run", "--data-dir", empty.toString(), "--etl.unpak.max-ratio=5");
        Cli badZone = Cli.run("schedule", "--data-dir", empty.toString(), "--etl.schedule.zone=Mars/Base");
        Cli tooLittleMemory = Cli.run("run", "--data-dir", empty.toString(), "--etl.duckdb.memory-limit=1MB");

        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).endsWith("error: etl.unpack.max-ratio=abc is not allowed: it must be a whole "
                + "number\n").doesNotContain("\tat ");
        assertThat(outOfRange.status()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("etl.ingest.threads=0 is not allowed: it must be a whole number from 1");
        assertThat(misspelled.status()).isEqualTo(2);
        assertThat(misspelled.err()).contains("unknown setting etl.unpak.max-ratio").contains("etl.unpack.max-ratio");
        assertThat(badZone.status()).isEqualTo(2);
        assertThat(badZone.err()).contains("etl.schedule.zone=Mars/Base is not allowed");
        assertThat(tooLittleMemory.status()).isEqualTo(2);
        assertThat(tooLittleMemory.err()).contains("etl.duckdb.memory-limit=1MB is not allowed: it must be a size of "
                + "at least 64MB");
        assertThat(Cli.run("history", "--data-dir", empty.toString(), "--etl.unpack.max-ratio=150").status())
                .isZero();
    }

    @Test
    void readingCommandsOnAMissingDataDirectoryAreUsageErrorsAndCreateNothing(@TempDir Path parent) {
        Path mistyped = parent.resolve("dta");
        for (String command : List.of("history", "sql", "backfill")) {
            Cli cli = command.equals("backfill")
                    ? Cli.run(command, "--data-dir", mistyped.toString(), "--from", "2021-01-01", "--to", "2021-12-31",
                            "--dry-run")
                    : Cli.run(command, "--data-dir", mistyped.toString());
            assertThat(cli.status()).as(command).isEqualTo(2);
            assertThat(cli.err()).as(command).startsWith("data directory " + mistyped + " does not exist");
        }
        assertThat(mistyped).doesNotExist();
    }

    @Test
    void sqlWithoutAPublishedWarehouseFails(@TempDir Path empty) {
        Cli sql = Cli.run("sql", "--data-dir", empty.toString(), "select 1");

        assertThat(sql.status()).isEqualTo(1);
        assertThat(sql.err()).contains("no published warehouse").contains("./etl run");
    }

    @Test
    void aMissingInboxIsAUsageError(@TempDir Path empty) {
        Cli run = Cli.run("run", "--data-dir", empty.toString(), "--inbox", empty.resolve("nope").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is not a directory");
    }
}
