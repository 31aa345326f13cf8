package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./etl demo}: writes the bundled demo inbox, or generated drops at scale for the benchmark. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the demo inbox (deterministic), or N generated applications for benchmarks.")
class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "DIR", required = true, description = "Folder to write the inbox into.")
    Path inbox;

    @Option(names = "--applications", paramLabel = "N",
            description = "Write N generated applications instead of the demo inbox.")
    Long applications;

    @Option(names = "--drops", paramLabel = "K", defaultValue = "4",
            description = "With --applications: spread them over K drops (default: ${DEFAULT-VALUE}).")
    int drops;

    @Override
    public Integer call() throws Exception {
        if (applications == null) {
            DemoInboxGenerator.writeDemoInbox(inbox);
        } else {
            if (applications < 1 || drops < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--applications and --drops must be at least 1");
            }
            DemoInboxGenerator.writeScaleInbox(inbox, applications, drops);
        }
        spec.commandLine().getOut().println("wrote " + inbox.toAbsolutePath());
        return 0;
    }
}
