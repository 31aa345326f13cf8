package kr.aiacademy.etl.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./etl sql} as a person uses it, in a real terminal (tmux), and as a program uses it, through a pipe —
 * on the published demo warehouse.
 */
class SqlShellTerminalIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final String PROMPT = "etl> ";

    @TempDir
    static Path data;

    @TempDir
    Path home;

    @BeforeAll
    static void loadTheDemo() {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
    }

    @Test
    void arrowKeysBringBackStatementsOfAnEarlierSession() throws Exception {
        try (Tmux terminal = shell(120)) {
            terminal.await(PROMPT, START);
            terminal.type("select 41 + 1 as answer;");
            terminal.press("Enter");
            terminal.await("(1 row)", ANSWER);
            terminal.type("\\q");
            terminal.press("Enter");
            assertThat(terminal.awaitExit(ANSWER)).as("\\q leaves the shell").isTrue();
        }
        assertThat(Files.readString(home.resolve(".etl_sql_history"))).contains("select 41 + 1 as answer;");

        try (Tmux terminal = shell(120)) {
            terminal.await(PROMPT, START);
            terminal.press("Up");
            terminal.await(PROMPT + "\\q", ANSWER);
            terminal.press("Up");
            terminal.await(PROMPT + "select 41 + 1 as answer;", ANSWER);
            terminal.press("Enter");
            String screen = terminal.await("(1 row)", ANSWER);
            assertThat(screen).contains("answer").contains("    42").doesNotContain("^[[A");
        }
    }

    @Test
    void tabCompletesTablesAndDotCommands() throws Exception {
        try (Tmux terminal = shell(120)) {
            terminal.await(PROMPT, START);
            terminal.type("select count(*) as n from kpi_coh");
            terminal.press("Tab");
            terminal.await(PROMPT + "select count(*) as n from kpi_cohort", ANSWER);
            terminal.type(";");
            terminal.press("Enter");
            terminal.await("(1 row)", ANSWER);
            terminal.type(".tab");
            terminal.press("Tab");
            terminal.await(PROMPT + ".tables", ANSWER);
            terminal.press("Enter");
            assertThat(terminal.await("fact_application", ANSWER)).contains("kpi_cohort").contains("| view  |");
        }
    }

    @Test
    void ctrlCCancelsTheRunningQueryAndTheShellGoesOn() throws Exception {
        try (Tmux terminal = shell(120)) {
            terminal.await(PROMPT, START);
            terminal.type("select sum(a.range * b.range) from range(1000000000) a, range(100000) b;");
            terminal.press("Enter");
            Thread.sleep(1500);
            terminal.press("C-c");
            terminal.await("error: cancelled", ANSWER);
            terminal.type("select 'still here' as shell;");
            terminal.press("Enter");
            assertThat(terminal.await("(1 row)", ANSWER)).contains("still here");
            terminal.press("C-d");
            assertThat(terminal.awaitExit(ANSWER)).as("Ctrl-D leaves the shell").isTrue();
        }
    }

    @Test
    void statementsGoOnOverLinesUntilASemicolonAndCommandsDoNot() throws Exception {
        try (Tmux terminal = shell(120)) {
            terminal.await(PROMPT, START);
            terminal.type("select cohort,");
            terminal.press("Enter");
            terminal.await("  -> ", ANSWER);
            terminal.type("  planned_hours from kpi_cohort order by cohort;");
            terminal.press("Enter");
            assertThat(terminal.await("(2 rows)", ANSWER)).contains("960").contains("1120");
            terminal.type(".docs kpi_cohort");
            terminal.press("Enter");
            terminal.await("kpi_cohort (table):", ANSWER);
            terminal.type("exit");
            terminal.press("Enter");
            assertThat(terminal.awaitExit(ANSWER)).as("exit leaves the shell").isTrue();
        }
    }

    @Test
    void wideResultsAreFittedToTheTerminalAndHangulStaysAligned() throws Exception {
        try (Tmux terminal = shell(100)) {
            terminal.await(PROMPT, START);
            terminal.type("select * from kpi_cohort;");
            terminal.press("Enter");
            String screen = terminal.await("17 columns (", ANSWER);
            assertThat(screen.lines().filter(line -> line.contains(" | ") || line.contains("-+-")))
                    .hasSize(4).allSatisfy(line -> assertThat(TextTable.width(line)).isLessThanOrEqualTo(100));
            terminal.type("select name_ko, region_key, name_en from dim_region where region_key > 0 order by 2;");
            terminal.press("Enter");
            screen = terminal.await("(17 rows)", ANSWER);
            List<Integer> bars = new ArrayList<>();
            for (String line : screen.lines().filter(l -> l.contains("특별") || l.contains("광역")).toList()) {
                bars.add(TextTable.width(line.substring(0, line.indexOf('|'))));
            }
            assertThat(bars).hasSizeGreaterThan(5).containsOnly(bars.get(0));
        }
    }

    @Test
    void withoutATerminalEveryStatementFromAPipeIsAnsweredWithoutPrompts() throws Exception {
        // the three shells at once: they only read
        Running jsonShell = pipe("select 1 as a;\nselect cohort from kpi_cohort order by cohort; select 'x' as b\n",
                "--format", "json");
        Running csvShell = pipe("select cohort, competition_ratio from kpi_cohort order by 1;\n", "--format", "csv");
        Running failingShell = pipe("select 1 as a;\nselect * from kpi_cohorts;\nselect 2 as b;\n");

        Piped json = jsonShell.finish();
        assertThat(json.status).isZero();
        assertThat(json.out).isEqualTo("[{\"a\":1}]\n[{\"cohort\":1},{\"cohort\":2}]\n[{\"b\":\"x\"}]\n");

        Piped csv = csvShell.finish();
        assertThat(csv.out).isEqualTo("cohort,competition_ratio\r\n1,5.80\r\n2,3.38\r\n");

        Piped failing = failingShell.finish();
        assertThat(failing.status).isEqualTo(1);
        assertThat(failing.out).doesNotContain(PROMPT).contains("a\n-\n1\n").contains("b\n-\n2\n");
        assertThat(failing.err).contains("Did you mean \"kpi_cohort\"");
    }

    private Tmux shell(int width) throws Exception {
        return new Tmux(ChildEtl.command("sql", "--data-dir", data.toString()),
                Map.of("HOME", home.toString(), "TERM", "xterm-256color"), width, 50);
    }

    private record Piped(int status, String out, String err) {
    }

    /** {@code ./etl sql} reading the statements from a pipe, started. */
    private Running pipe(String input, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("sql", "--data-dir", data.toString()));
        arguments.addAll(List.of(options));
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = new ProcessBuilder(ChildEtl.command(arguments.toArray(String[]::new)))
                .redirectError(err.toFile()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return new Running(process, err);
    }

    private record Running(Process process, Path err) {

        Piped finish() throws Exception {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Piped(process.exitValue(), out, Files.readString(err));
        }
    }
}
