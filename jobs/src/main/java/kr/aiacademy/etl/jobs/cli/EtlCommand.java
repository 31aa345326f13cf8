package kr.aiacademy.etl.jobs.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./etl}: the one entry point of schedulers, operators and analysts. */
@Command(name = "etl", mixinStandardHelpOptions = true, version = "etl 1.0",
        description = "Batch ETL and DuckDB warehouse of the AI academy.",
        subcommands = {RunCommand.class, RebuildCommand.class, SqlCommand.class, ServeCommand.class, ScheduleCommand.class,
                BackfillCommand.class, HistoryCommand.class, StatusCommand.class, DemoCommand.class,
                ExportCommand.class, ReportCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the work failed", "2:usage error"})
public class EtlCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status. */
    public static int execute(String... args) {
        return execute(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs a command line writing to the given streams, and returns its exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new EtlCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    String setting = Messages.badSetting(e);
                    cmd.getErr().println("error: " + (setting != null ? setting : FirstLine.ofMostSpecificCause(e)));
                    return setting != null ? 2 : 1;
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: run, rebuild, sql, serve, schedule, backfill, history, status, demo, export or report");
    }
}
