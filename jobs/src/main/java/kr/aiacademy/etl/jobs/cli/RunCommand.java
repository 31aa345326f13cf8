package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.control.GracefulStop;
import kr.aiacademy.etl.jobs.metrics.MetricsPush;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import kr.aiacademy.etl.jobs.schedule.ScheduledInbox;
import kr.aiacademy.etl.jobs.shell.ShellSettings;
import kr.aiacademy.etl.jobs.shell.SqlShell;
import kr.aiacademy.etl.jobs.shell.Terminals;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code ./etl run}: one nightly load now, then the run report and the cohort KPIs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Load every new drop of the inbox, update and publish the warehouse, print a run report.",
        footer = "Any setting of the README may also be given as --etl.<name>=<value> (e.g. --etl.sis.url=...).")
class RunCommand implements Callable<Integer> {

    private static final int KPI_ROWS = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Inbox with one folder per feed (default: $ETL_INBOX, else the bundled demo inbox).")
    Path inbox;

    @Mixin
    DataDirOption dataDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress and a one-line JSON report (for schedulers).")
    boolean quiet;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    /** Set by {@code ./etl rebuild}: no inbox, and the warehouse built in full. */
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        String[] springArgs = Settings.springArguments(spec, settings);
        Path data = dataDir.writable();
        Path in = rebuild ? null : Settings.inbox(inbox);
        if (in == null && !rebuild) {
            in = ScheduledInbox.bundledDemo(data);
        } else if (in != null && !Files.isDirectory(in)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "inbox " + in + " is not a directory");
        }
        boolean terminal = System.console() != null && !quiet;
        if (!quiet && Settings.generatedPiiKey(settings)) {
            spec.commandLine().getErr().println("note: ETL_PII_KEY is not set: pseudonyms use the generated key in "
                    + data.resolve("state/pii.key") + " (fine for the demo, not for production)");
        }
        ProgressDisplay progress = terminal ? new TerminalProgress(System.err) : ProgressDisplay.NONE;
        RunReport report = null;
        try (ConfigurableApplicationContext context = SpringLauncher.start(data, progress, springArgs)) {
            GracefulStop stop = GracefulStop.install(context, 1);
            try {
                NightlyLoad load = context.getBean(NightlyLoad.class);
                report = rebuild ? load.rebuild("manual") : load.run(in, "manual");
                print(report, LoadStatus.feeds(context), data, in);
                String notPushed = context.getBean(MetricsPush.class).push();
                if (notPushed != null) {
                    spec.commandLine().getErr().println("warning: " + notPushed);
                }
            } finally {
                stop.done(report == null || !report.succeeded() ? 1 : 0);
            }
        }
        return report.succeeded() ? 0 : 1;
    }

    private void print(RunReport report, List<Freshness> freshness, Path data, Path in) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            out.println(ReportPrinter.json(report, freshness));
        } else {
            ReportPrinter.text(report, data, in, out);
            out.println("Freshness: " + String.join(", ", freshness.stream()
                    .map(feed -> feed.feed() + " " + feed.verdict()).toList()) + " (./etl status for details)");
            freshness.stream().map(Freshness::lateness).filter(Objects::nonNull)
                    .forEach(late -> out.println("warning: " + late));
            if (report.succeeded()) {
                out.println();
                out.println("kpi_cohort (the latest " + KPI_ROWS + " cohorts at most; all with ./etl sql):");
                try (Connection warehouse = WarehouseReader.open(new DataDir(data).publishedWarehouse())) {
                    new SqlShell(warehouse, new ShellSettings(), out, spec.commandLine().getErr(),
                            System.console() != null ? Terminals.width() : () -> 0)
                            .run("select * from (select * from kpi_cohort order by cohort desc limit " + KPI_ROWS
                                    + ") order by cohort");
                }
            }
        }
        out.flush();
    }
}
