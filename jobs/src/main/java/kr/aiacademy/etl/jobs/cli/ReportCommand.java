package kr.aiacademy.etl.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.warehouse.report.MorningReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./etl report}: the path of the newest morning report ({@code exports/latest/report.html}), opened in a
 * browser when asked. Reads only the file system: no application context, so it answers at once.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print the path of the newest morning report (report.html of the newest export folder, "
                + "exports/latest), with docs.html beside it.",
                "With --open, open it in a browser ($BROWSER, else xdg-open or open) when there is one."})
class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--open", description = "Open the report in a browser.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        Path latest = dataDir.existing().resolve("exports/latest/" + MorningReport.REPORT);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(latest)) {
            err.println("error: no report yet at " + latest + ": ./etl run writes one with every load");
            return 1;
        }
        Path report = latest.toRealPath();
        out.println(report);
        out.flush();
        if (open) {
            err.println(openIn(report));
        }
        return 0;
    }

    /** Starts the first browser command that exists; says what it did (or that there is none). */
    private String openIn(Path report) {
        for (List<String> command : browsers()) {
            List<String> line = new ArrayList<>(command);
            line.add(report.toUri().toString());
            try {
                new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return "opened in " + command.get(0);
            } catch (IOException e) {
                // not installed: try the next one
            }
        }
        return "no browser found ($BROWSER is not set and neither xdg-open nor open runs here): open the path "
                + "above yourself";
    }

    /** {@code $BROWSER} (a list separated by colons, as the convention goes), then the desktop's opener. */
    private List<List<String>> browsers() {
        List<List<String>> browsers = new ArrayList<>();
        String variable = System.getenv("BROWSER");
        if (variable != null && !variable.isBlank()) {
            for (String browser : variable.split(":")) {
                if (!browser.isBlank()) {
                    browsers.add(List.of(browser.strip()));
                }
            }
        }
        browsers.add(List.of("xdg-open"));
        browsers.add(List.of("open"));
        return browsers;
    }
}
