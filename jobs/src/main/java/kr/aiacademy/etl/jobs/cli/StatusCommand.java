package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.history.PastRun;
import kr.aiacademy.etl.jobs.shell.TextTable;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.warehouse.report.Durations;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./etl status}: is every feed fresh; exits 1 when one is past its error threshold, for monitoring. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Freshness of each feed (its newest drop against etl.freshness.<feed>.warn-after and "
                + "error-after), the last run, a load running now and the next scheduled fires. Exit status 1 "
                + "when a feed is past its error threshold.")
class StatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        boolean json = Settings.json(spec, format);
        String[] springArgs = Settings.springArguments(spec, settings);
        LoadStatus status;
        ZoneId zone;
        try (ConfigurableApplicationContext context = SpringLauncher.startLazily(
                dataDir.existing(), springArgs)) {
            status = LoadStatus.of(context);
            zone = ZoneId.of(context.getBean(EtlProperties.class).schedule().zone());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.shared().writeValueAsString(json(status, zone)));
        } else {
            table(status, zone, out);
        }
        out.flush();
        return status.late() ? 1 : 0;
    }

    private static void table(LoadStatus status, ZoneId zone, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (Freshness feed : status.feeds()) {
            rows.add(new String[] {feed.feed(), feed.dropName() == null ? "none yet" : feed.dropName(),
                    feed.dropDate() == null ? "" : feed.dropDate().toString(),
                    feed.arrivedAt() == null ? "" : Times.format(Times.local(feed.arrivedAt()), zone),
                    feed.age() == null ? "" : Durations.forPeople(feed.age()), feed.verdict().name(), thresholds(feed)});
        }
        TextTable.print(List.of("feed", "newest drop", "name date", "arrived", "age", "freshness", "late after"),
                rows, new boolean[7], out);
        PastRun last = status.lastRun();
        out.println("last run: " + (last == null ? "none yet" : "execution " + last.executionId() + " " + last.status()
                + ", started " + Times.format(Times.local(last.startTime()), zone)
                + (last.failure() == null ? "" : ": " + last.failure())));
        PastRun running = status.running();
        out.println("running now: " + (running == null ? "no load" : "execution " + running.executionId()
                + " since " + Times.format(Times.local(running.startTime()), zone)));
        out.println("next fires: " + (status.nextFires().isEmpty() ? "none (./etl schedule registers them)"
                : String.join("; ", status.nextFires().entrySet().stream()
                        .map(e -> e.getKey() + " " + Times.format(e.getValue().toInstant(), zone)).toList())));
    }

    private static Map<String, Object> json(LoadStatus status, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (Freshness feed : status.feeds()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("feed", feed.feed());
            f.put("drop_name", feed.dropName());
            f.put("drop_date", feed.dropDate() == null ? null : feed.dropDate().toString());
            f.put("arrived_at", feed.arrivedAt() == null ? null : Times.iso(Times.local(feed.arrivedAt()), zone));
            f.put("age_seconds", feed.age() == null ? null : feed.age().toSeconds());
            f.put("warn_after_seconds", seconds(feed.threshold() == null ? null : feed.threshold().warnAfter()));
            f.put("error_after_seconds", seconds(feed.threshold() == null ? null : feed.threshold().errorAfter()));
            f.put("freshness", feed.verdict().name());
            feeds.add(f);
        }
        json.put("feeds", feeds);
        PastRun last = status.lastRun();
        Map<String, Object> lastRun = new LinkedHashMap<>();
        if (last != null) {
            lastRun.put("execution_id", last.executionId());
            lastRun.put("status", last.status());
            lastRun.put("start_time", Times.iso(Times.local(last.startTime()), zone));
            lastRun.put("failure", last.failure());
        }
        json.put("last_run", last == null ? null : lastRun);
        json.put("running_execution_id", status.running() == null ? null : status.running().executionId());
        Map<String, Object> next = new LinkedHashMap<>();
        status.nextFires().forEach((job, at) -> next.put(job, Times.iso(at.toInstant(), zone)));
        json.put("next_fires", next);
        json.put("late", status.late());
        return json;
    }

    private static String thresholds(Freshness feed) {
        if (feed.verdict() == Freshness.Verdict.UNCHECKED) {
            return "never (no threshold)";
        }
        return "warn " + Durations.forPeople(feed.threshold().warnAfter()) + ", error " + Durations.forPeople(feed.threshold().errorAfter());
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
