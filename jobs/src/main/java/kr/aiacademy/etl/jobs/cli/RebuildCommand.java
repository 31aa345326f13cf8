package kr.aiacademy.etl.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./etl rebuild}: the warehouse built in full from the whole lake, without reading an inbox, then gated and
 * published like a night's (the check of the nightly updates, which give the same warehouse).
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Build the warehouse in full from the whole lake (no inbox is read), publish it, print a run "
                + "report.",
        footer = "Any setting of the README may also be given as --etl.<name>=<value>.")
class RebuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress and a one-line JSON report (for schedulers).")
    boolean quiet;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.spec = spec;
        run.dataDir = dataDir;
        run.quiet = quiet;
        run.settings = settings;
        run.rebuild = true;
        return run.call();
    }
}
