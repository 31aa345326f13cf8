package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.control.GracefulStop;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./etl backfill --from D --to D}: re-ingests the loaded drops whose name date lies in the range from their
 * landed copies, with today's rules, and republishes the warehouse.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Re-ingest the loaded drops dated in a range from their landed copies, then republish.")
class BackfillCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "First drop date.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd", description = "Last drop date.")
    LocalDate to;

    @Option(names = "--dry-run", description = "List the drops that would be re-ingested, change nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "A one-line JSON report.")
    boolean quiet;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        Path data = dataDir.existing();
        PrintWriter out = spec.commandLine().getOut();
        String[] springArgs = Settings.springArguments(spec, settings);
        if (dryRun) {
            try (ConfigurableApplicationContext context = SpringLauncher.startLazily(data, springArgs)) {
                List<LedgerEntry> drops = context.getBean(DropLedger.class).loadedBetween(from, to);
                drops.forEach(d -> out.println(d.feed() + "\t" + d.dropName() + "\t" + d.dropDate() + "\t"
                        + d.rowsLoaded() + " rows"));
                out.println(drops.size() + " drop(s) would be re-ingested");
                return 0;
            }
        }
        Settings.writableDataDir(spec, data);
        try (ConfigurableApplicationContext context = SpringLauncher.start(data, ProgressDisplay.NONE, springArgs)) {
            DropLedger ledger = context.getBean(DropLedger.class);
            GracefulStop stop = GracefulStop.install(context, 1);
            RunReport report = null;
            try {
                report = context.getBean(NightlyLoad.class).run(null, "backfill", () -> {
                    int reset = ledger.reopenLoadedBetween(from, to);
                    out.println(reset + " drop(s) dated " + from + " to " + to + " will be re-ingested");
                });
                if (quiet) {
                    out.println(ReportPrinter.json(report, LoadStatus.feeds(context)));
                } else {
                    ReportPrinter.text(report, data, null, out);
                }
            } finally {
                stop.done(report == null || !report.succeeded() ? 1 : 0);
            }
            return report.succeeded() ? 0 : 1;
        }
    }
}
