package kr.aiacademy.etl.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import kr.aiacademy.etl.jobs.kpi.KpiExports;
import kr.aiacademy.etl.jobs.nightly.ProgressDisplay;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./etl export [--public [--threshold N]]}: an export folder of the published warehouse now (an execution
 * of {@code kpiExtractJob}); public, with small counts suppressed, when asked. Prints the folder.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an export folder (KPI extracts and manifest) of the published warehouse now.")
class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--public", description = "A public extract: counts below the threshold and the rates computed "
            + "from them are blank, with complementary suppression (see the README).")
    boolean open;

    @Option(names = "--threshold", paramLabel = "N", description = "Smallest count shown in a public extract "
            + "(default: etl.export.suppress-below, 5).")
    Integer threshold;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (threshold != null && !open) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold applies to a public extract: add --public");
        }
        if (threshold != null && threshold < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold " + threshold + " is not allowed: it must be a whole number of at least 1");
        }
        Path data = Settings.writableDataDir(spec, dataDir.existing());
        if (!Files.isRegularFile(data.resolve("warehouse/warehouse.duckdb"))) {
            spec.commandLine().getErr().println("error: no published warehouse in " + data
                    + " to export: ./etl run loads one");
            return 1;
        }
        String[] springArgs = Settings.springArguments(spec, settings);
        try (ConfigurableApplicationContext context = SpringLauncher.start(data, ProgressDisplay.NONE, springArgs)) {
            Integer below = open ? (threshold != null ? threshold
                    : context.getBean(EtlProperties.class).export().suppressBelow()) : null;
            JobExecution execution = context.getBean(KpiExports.class).start("manual", "day", below);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                List<Throwable> failures = execution.getAllFailureExceptions();
                spec.commandLine().getErr().println("error: kpiExtractJob execution " + execution.getId() + " "
                        + execution.getStatus() + ": " + (failures.isEmpty() ? execution.getExitStatus().getExitCode()
                                : FirstLine.ofMostSpecificCause(failures.get(0))));
                return 1;
            }
            String folder = execution.getStepExecutions().iterator().next().getExecutionContext()
                    .getString("exports");
            spec.commandLine().getOut().println((open ? "public extract (counts below " + below + " suppressed): "
                    : "extract: ") + folder);
            return 0;
        }
    }
}
