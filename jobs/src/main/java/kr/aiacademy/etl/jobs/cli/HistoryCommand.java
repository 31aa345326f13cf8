package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.history.MetadataReader;
import kr.aiacademy.etl.jobs.history.PastRun;
import kr.aiacademy.etl.jobs.history.RunHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./etl history}: past runs of the nightly load, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Past runs of the nightly load, newest first: trigger, status, start, time, drops and rows, "
                + "and for a run that did not complete the failing step and its message.",
        footer = "Settings may be given as --etl.<name>=<value> or --spring.<name>=<value> "
                + "(e.g. --spring.profiles.active=postgres).")
class HistoryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show the latest N runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (one JSON array; default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
        boolean json = Settings.json(spec, format);
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        String[] springArgs = Settings.springArguments(spec, settings);
        List<PastRun> runs;
        ZoneId zone;
        Path data = dataDir.existing();
        // without the application, whose start would more than double the command's time (bench/history-start.sh),
        // and without a log: a listing has nothing to log, and its failures are the one line on standard error
        FileLogging.off();
        try (MetadataReader metadata = MetadataReader.open(SpringLauncher.arguments(data,
                SpringLauncher.readerArguments(data, springArgs)))) {
            runs = RunHistory.of(metadata.jdbc()).latest(limit);
            zone = ZoneId.of(metadata.properties().schedule().zone());
        }
        if (json) {
            HistoryPrinter.json(runs, zone, spec.commandLine().getOut());
        } else {
            HistoryPrinter.table(runs, zone, spec.commandLine().getOut());
        }
        return 0;
    }
}
