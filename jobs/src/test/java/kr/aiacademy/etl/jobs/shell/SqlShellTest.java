package kr.aiacademy.etl.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Sha256Files;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shell on a real warehouse file through the sandboxed reader, fed as a pipe or a file would. */
class SqlShellTest {

    @TempDir
    Path data;

    private ShellWarehouse warehouse;
    private Connection connection;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private SqlShell shell;

    @BeforeEach
    void openTheWarehouse() throws Exception {
        warehouse = ShellWarehouse.create(data);
        connection = WarehouseReader.open(warehouse.file());
        shell = new SqlShell(connection, new ShellSettings(), new PrintWriter(out, true), new PrintWriter(err, true),
                () -> 0);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void everyStatementOfALineGetsItsResult() {
        int status = shell.run("select 1 as one; select 2 as two;");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("one\n---\n  1\n(1 row)").contains("two\n---\n  2\n(1 row)");
    }

    @Test
    void jsonIsOneArrayPerStatementOnALineOfItsOwn() {
        shell.settings().format = ResultFormat.JSON;

        shell.run("select 1 as a, null as b; select '광주' as city");

        assertThat(out.toString()).isEqualTo("[{\"a\":1,\"b\":null}]\n[{\"city\":\"광주\"}]\n");
    }

    @Test
    void nullIsShownUnlikeAnyString() {
        shell.run("select null as a, 'NULL' as b, '' as c");

        assertThat(out.toString()).contains("∅ | NULL |");
    }

    @Test
    void showsFortyRowsByDefaultAndSaysHowManyThereAre() {
        shell.run("select * from range(1000)");

        assertThat(out.toString()).contains("1,000 rows (40 shown)");
        assertThat(out.toString().lines().filter(line -> line.strip().matches("\\d+")).count()).isEqualTo(40);

        shell.run(".maxrows 0");
        shell.run("select * from range(1000)");
        assertThat(out.toString()).contains("(1,000 rows)");
    }

    @Test
    void errorsKeepTheDatabasesWholeMessage() {
        int status = shell.run("select * from kpi_cohorts");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: Catalog Error: Table with name kpi_cohorts does not exist")
                .contains("Did you mean \"kpi_cohort\"").contains("LINE 1: select * from kpi_cohorts")
                .contains("^^^");
    }

    @Test
    void aFailedStatementEndsItsInputAndTheNextInputRuns() {
        assertThat(shell.run("select * from nowhere; select 'not reached' as x")).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("not reached");

        assertThat(shell.run("select 'reached' as x")).isZero();
        assertThat(out.toString()).contains("reached");
    }

    static Stream<String> forbidden() {
        return Stream.of(
                "select * from read_csv('%landing%')",
                "select * from read_csv_auto('%landing%')",
                "select content from read_text('%key%')",
                "select content from read_text('/etc/passwd')",
                "select * from read_blob('%key%')",
                "select * from glob('%data%/**')",
                "select * from parquet_scan('%data%/lake/*.parquet')",
                "select * from read_json_auto('%landing%')",
                "copy (select 1) to '%warehouse%'",
                "copy (select 1) to '%data%/lake/enrollment/x.parquet' (format parquet)",
                "copy dim_region to '%data%/out.csv'",
                "export database '%data%/export'",
                "attach '%data%/other.duckdb' as other",
                "attach ':memory:' as scratch",
                "detach warehouse",
                "set threads = 1",
                "set enable_external_access = true",
                "reset lock_configuration",
                "pragma threads = 1",
                "pragma enable_profiling",
                "load httpfs",
                "load parquet",
                "install httpfs",
                "create temp table t as select 1",
                "create table t (a int)",
                "insert into dim_region values (1, 'x')",
                "drop table dim_region",
                "checkpoint",
                "use memory",
                "set variable secret = 1",
                "select 1; attach ':memory:' as m");
    }

    @ParameterizedTest
    @MethodSource("forbidden")
    void nothingButTheWarehouseCanBeReachedAndNothingChanged(String template) throws Exception {
        String statement = template.replace("%landing%", warehouse.landing().toString())
                .replace("%key%", warehouse.key().toString()).replace("%data%", data.toString())
                .replace("%warehouse%", warehouse.file().toString());
        List<String> before = Sha256Files.of(data);

        int status = shell.run(statement);

        assertThat(status).as(statement).isEqualTo(1);
        assertThat(err.toString()).as(statement).startsWith("error: ")
                .containsAnyOf("not allowed:", "disabled by configuration", "configuration has been locked")
                .doesNotContain("김민준").doesNotContain("900101").doesNotContain("the-secret")
                .doesNotContain("root:x:0:0");
        assertThat(out.toString()).doesNotContain("김민준").doesNotContain("the-secret");
        assertThat(Sha256Files.of(data)).as("files after " + statement).isEqualTo(before);
        assertThat(shell.run("select count(*) as regions from dim_region")).isZero();
    }

    @Test
    void queriesAndCatalogLookupsRun() {
        for (String query : List.of("with r as (select * from dim_region) select count(*) from r",
                "from dim_region", "describe dim_region", "show tables", "summarize dim_region",
                "explain select * from dim_region", "pragma table_info('dim_region')",
                "select * from duckdb_tables()", "(select 1) union all (select 2)", "values (1), (2)",
                "-- a comment first\nselect 1")) {
            assertThat(shell.run(query)).as(query).isZero();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void tablesListsTablesAndViewsWithTheirComments() {
        shell.run(".tables");

        assertThat(out.toString()).contains("dim_region | table |").contains("One row per province (시·도)")
                .contains("kpi_cohort | view").contains("(3 rows)").doesNotContain("stg_region");
        out.getBuffer().setLength(0);
        shell.run(".tables kpi_*");
        assertThat(out.toString()).contains("kpi_base").contains("kpi_cohort").doesNotContain("dim_region");
    }

    @Test
    void describeSchemaAndDocsShowTheStructureAndTheDictionary() {
        shell.run(".describe dim_region");
        assertThat(out.toString()).contains("region_key | INTEGER").contains("primary key")
                .contains("name_ko    | VARCHAR");

        shell.run(".schema dim_region");
        assertThat(out.toString()).contains("CREATE TABLE dim_region");

        shell.run(".docs dim_region");
        assertThat(out.toString()).contains("dim_region (table): One row per province (시·도)")
                .contains("name_ko    | VARCHAR | Official Korean name");

        assertThat(shell.run(".describe nowhere")).isEqualTo(1);
        assertThat(err.toString()).contains("no table or view is named 'nowhere'");
    }

    @Test
    void modesChangeHowResultsAreShown() {
        shell.run(".mode csv");
        shell.run("select 1 as a, 'x,y' as b");
        shell.run(".mode markdown");
        shell.run("select 1 as a, 'x|y' as b");
        shell.run(".mode line");
        shell.run("select 1 as a, 'long name' as bb");

        assertThat(out.toString()).contains("a,b\r\n1,\"x,y\"\r\n")
                .contains("| a | b |\n| ---: | --- |\n| 1 | x\\|y |\n")
                .contains(" a = 1\nbb = long name\n");
        assertThat(shell.run(".mode xml")).isEqualTo(1);
        assertThat(err.toString()).contains("must be table, csv, json, markdown, line, not 'xml'");
    }

    @Test
    void timerPrintsTheTimeOfEachStatement() {
        shell.run(".timer on");
        shell.run("select 1");

        assertThat(out.toString()).containsPattern("Run Time: \\d+\\.\\d{3} s");
    }

    @Test
    void readRunsTheStatementsAndCommandsOfAFile() throws Exception {
        Path script = data.resolve("script.sql");
        Files.writeString(script, ".mode csv\nselect 1 as a;\nselect\n  2 as b;\n");

        assertThat(shell.run(".read " + script)).isZero();

        assertThat(out.toString()).isEqualTo("a\r\n1\r\nb\r\n2\r\n");
    }

    @Test
    void pipedInputRunsEveryStatementAndStopsAtQuit() throws Exception {
        String input = "select 1 as a;\n.mode csv\nselect 'x;y' as b; select 3 as c\n;\nquit\nselect 4 as d;\n";

        int status = shell.runScript(new BufferedReader(new StringReader(input)));

        assertThat(status).isZero();
        assertThat(out.toString()).contains("(1 row)").contains("b\r\nx;y\r\nc\r\n3\r\n").doesNotContain("d\r\n");
        assertThat(shell.quitRequested()).isTrue();
    }

    @Test
    void exitWordsAndDotCommandsAreKnownAsCommands() {
        for (String word : List.of("exit", "quit", "\\q", "QUIT;", ".quit", ".exit", ".tables")) {
            assertThat(SqlShell.isCommand(word)).as(word).isTrue();
        }
        assertThat(SqlShell.isCommand("select 1")).isFalse();
        assertThat(shell.run(".nonsense")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown command .nonsense: .help lists the commands");
        shell.run(".help");
        assertThat(out.toString()).contains(".tables").contains(".docs").contains(".read FILE").contains("Ctrl-C");
    }
}
