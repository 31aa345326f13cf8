package kr.aiacademy.etl.jobs.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.shell.InteractiveShell;
import kr.aiacademy.etl.jobs.shell.ResultFormat;
import kr.aiacademy.etl.jobs.shell.ShellSettings;
import kr.aiacademy.etl.jobs.shell.SqlShell;
import kr.aiacademy.etl.jobs.shell.Terminals;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code ./etl sql}: read-only SQL on the published warehouse — the statements (and dot-commands) given, or those
 * of standard input when it is a pipe, or an interactive shell at a terminal.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run read-only SQL on the published warehouse: the statements given (several may be "
                + "separated by ';'), else those read from standard input, else an interactive shell at a "
                + "terminal (.help lists its commands).",
                "Only queries run: no statement can read or write a file, attach a database, load an extension "
                        + "or change a setting."})
class SqlCommand implements Callable<Integer> {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z",
            Locale.ROOT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (RFC 4180 with a header row), json (one array per statement and line), "
                    + "markdown or line (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ShellSettings.DEFAULT_MAX_ROWS,
            description = "Rows shown in the table, markdown and line formats; 0 for all (default: "
                    + "${DEFAULT-VALUE}). csv and json always write every row.")
    int maxRows;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "The statements to run.")
    String sql;

    @Override
    public Integer call() throws Exception {
        ShellSettings settings = settings();
        Path warehouse = new DataDir(dataDir.existing()).publishedWarehouse();
        if (!Files.isRegularFile(warehouse)) {
            spec.commandLine().getErr().println("error: no published warehouse at " + warehouse
                    + ": run ./etl run first");
            return 1;
        }
        boolean terminal = System.console() != null;
        try (Connection connection = WarehouseReader.open(warehouse)) {
            if (sql == null && terminal) {
                try (Terminal console = TerminalBuilder.builder().system(true).build()) {
                    InteractiveShell.run(console, connection, settings, historyFile(), greeting(warehouse));
                }
                return 0;
            }
            SqlShell shell = new SqlShell(connection, settings, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), terminal ? Terminals.width() : () -> 0);
            if (sql != null) {
                return shell.run(sql);
            }
            return shell.runScript(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    private ShellSettings settings() {
        if (maxRows < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-rows must be a whole number ≥ 0, not " + maxRows);
        }
        try {
            return new ShellSettings().format(ResultFormat.parse(format)).maxRows(maxRows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + e.getMessage());
        }
    }

    private static String greeting(Path warehouse) throws java.io.IOException {
        String published = PUBLISHED.format(Files.getLastModifiedTime(warehouse).toInstant()
                .atZone(ZoneId.systemDefault()));
        return "Read-only SQL on " + warehouse + ", published " + published + ".\n"
                + "Statements end with ';'. .help lists the commands, .quit leaves.";
    }

    /** {@code $ETL_SQL_HISTORY}, else {@code ~/.etl_sql_history} ({@code $HOME} first, as shells do). */
    private static Path historyFile() {
        String file = System.getenv("ETL_SQL_HISTORY");
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        String home = System.getenv("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home, ".etl_sql_history");
    }
}
