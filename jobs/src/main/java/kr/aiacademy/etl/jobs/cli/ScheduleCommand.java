package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.control.GracefulStop;
import kr.aiacademy.etl.jobs.schedule.ScheduleRegistrar;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import org.quartz.CronExpression;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code ./etl schedule}: the daemon. Quartz fires the nightly load and the KPI extract on their cron schedules
 * (stored in the metadata database) until SIGTERM, which stops a running load cleanly and exits 0.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Run as a daemon: Quartz fires the nightly load and the KPI extract on their schedules.",
        footer = "Settings may also be given as --etl.<name>=<value> (e.g. --etl.schedule.kpi-cron=...).")
class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Inbox of the scheduled loads (default: $ETL_INBOX, else the bundled demo inbox).")
    Path inbox;

    @Option(names = "--nightly-cron", paramLabel = "CRON",
            description = "Quartz cron of the nightly load (default: etl.schedule.nightly-cron, 0 0 2 * * ?).")
    String nightlyCron;

    @Option(names = "--serve", description = "Also serve the published warehouse over Arrow Flight SQL, as "
            + "./etl serve does (its options apply).")
    boolean serve;

    @CommandLine.Mixin
    ServeOptions serveOptions;

    @CommandLine.Mixin
    ManagementOptions management;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (nightlyCron != null && !CronExpression.isValidExpression(nightlyCron)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--nightly-cron '" + nightlyCron + "' is not a Quartz cron expression (e.g. '0 0 2 * * ?')");
        }
        String problem = serve ? serveOptions.problem() : null;
        if (problem != null) {
            spec.commandLine().getErr().println("error: " + problem);
            return 2;
        }
        List<String> args = new ArrayList<>(List.of(Settings.springArguments(spec, settings)));
        args.addAll(management.settings());
        Path in = Settings.inbox(inbox);
        if (in != null) {
            if (!Files.isDirectory(in)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "inbox " + in + " is not a directory");
            }
            args.add("--etl.inbox=" + in);
        }
        Path data = dataDir.writable();
        ConfigurableApplicationContext context = SpringLauncher.startDaemon(data, args.toArray(String[]::new));
        GracefulStop stop = GracefulStop.install(context, 0);
        Map<String, Date> next = context.getBean(ScheduleRegistrar.class).register(nightlyCron);
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.of(context.getBean(EtlProperties.class).schedule().zone());
        Scheduler scheduler = context.getBean(Scheduler.class);
        scheduler.getListenerManager().addJobListener(new FireReporter(out, zone));
        scheduler.start();
        out.println("scheduler started on " + data + " (SIGTERM or Ctrl-C stops it cleanly)");
        next.forEach((job, at) -> out.println("  " + job + " next fires at " + Times.format(at.toInstant(), zone)));
        ManagementOptions.announce(context, out);
        if (serve) {
            SqlEndpoint endpoint = serveOptions.start(new DataDir(data), out);
            context.addApplicationListener((ContextClosedEvent closed) -> stop(endpoint));
        }
        out.flush();
        stop.awaitSignal();
        out.println(Times.format(Instant.now(), zone) + " stopping: no new fires; a running load stops at its next "
                + "chunk boundary and the next run resumes it");
        out.flush();
        stop.done(0);
        Thread.currentThread().join(); // the stop ends the process when the application is closed
        return 0;
    }

    /** With the daemon: running queries finish before the application closes. */
    private static void stop(SqlEndpoint endpoint) {
        try {
            endpoint.stop(ServeCommand.GRACE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
