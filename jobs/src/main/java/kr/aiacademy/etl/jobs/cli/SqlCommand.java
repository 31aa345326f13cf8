package kr.aiacademy.etl.jobs.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./etl sql}: read-only SQL on the published warehouse, one statement or an interactive shell. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run read-only SQL on the published warehouse; with no SQL, an interactive shell.")
class SqlCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $ETL_DATA_DIR, else ./data).")
    Path dataDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (RFC 4180 with a header row) or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "The statement to run.")
    String sql;

    @Override
    public Integer call() throws Exception {
        OutputFormat output = parseFormat();
        Path warehouse = new DataDir(Settings.dataDir(dataDir)).publishedWarehouse();
        if (!Files.exists(warehouse)) {
            spec.commandLine().getErr().println("error: no published warehouse at " + warehouse
                    + ": run ./etl run first");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = WarehouseReader.open(warehouse)) {
            if (sql != null) {
                return runOne(connection, sql, output, out);
            }
            return shell(connection, output, out);
        }
    }

    private OutputFormat parseFormat() {
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be table, csv or json, not '" + format + "'");
        }
    }

    private int runOne(Connection connection, String statement, OutputFormat output, PrintWriter out)
            throws Exception {
        try {
            QueryPrinter.print(connection, statement, output, out);
            return 0;
        } catch (SQLException e) {
            out.flush();
            spec.commandLine().getErr().println("error: " + Messages.firstLine(e));
            return 1;
        }
    }

    /** Reads statements ending in {@code ;} until end of input or {@code .quit}. */
    private int shell(Connection connection, OutputFormat output, PrintWriter out) throws Exception {
        boolean interactive = System.console() != null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder buffer = new StringBuilder();
        int status = 0;
        if (interactive) {
            out.println("Read-only SQL on " + connection.getMetaData().getURL()
                    + ". End statements with ';', '.quit' to leave.");
        }
        while (true) {
            if (interactive) {
                out.print(buffer.isEmpty() ? "etl> " : "  -> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || (buffer.isEmpty() && line.strip().equals(".quit"))) {
                break;
            }
            buffer.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String statement = buffer.toString().strip().replaceAll(";$", "");
                buffer.setLength(0);
                if (!statement.isBlank()) {
                    status = Math.max(status, runOne(connection, statement, output, out));
                }
            }
        }
        if (!buffer.toString().isBlank()) {
            status = Math.max(status, runOne(connection, buffer.toString().strip(), output, out));
        }
        return status;
    }
}
