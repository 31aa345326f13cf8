package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import kr.aiacademy.etl.jobs.shell.TextTable;
import java.util.Map;
import kr.aiacademy.etl.jobs.history.PastRun;
import tools.jackson.databind.json.JsonMapper;

/** Writes past runs as an aligned table or as one JSON array (the key names of {@code ./etl run --quiet}). */
public final class HistoryPrinter {

    private static final String RUNNING = "running";

    /** The table cuts a longer failure message (JSON keeps it whole). */
    private static final int FAILURE_WIDTH = 100;

    private static final List<String> HEADER = List.of("execution", "trigger", "status", "started", "time", "drops",
            "loaded", "duplicate", "rejected", "rows loaded", "rows rejected", "failure");
    private static final boolean[] RIGHT_ALIGNED = {
        true, false, false, false, true, true, true, true, true, true, true, false};
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ROOT);

    private HistoryPrinter() {
    }

    /** Spring Batch records local times of the JVM's zone. */
    private static ZonedDateTime inZone(LocalDateTime time, ZoneId zone) {
        return time.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone);
    }

    /** The runs as a table for people, start times to the second in the given zone, named. */
    public static void table(List<PastRun> runs, ZoneId zone, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (PastRun run : runs) {
            PastRun.Drops drops = run.drops();
            rows.add(new String[] {Long.toString(run.executionId()), text(run.trigger()), run.status(),
                    run.startTime() == null ? "" : STARTED.format(inZone(run.startTime(), zone)), time(run), count(drops.seen()),
                    count(drops.loaded()), count(drops.duplicate()), count(drops.rejected()),
                    count(run.rowsLoaded()), count(run.rowsRejected()), failure(run)});
        }
        TextTable.print(HEADER, rows, RIGHT_ALIGNED, out);
        out.flush();
    }

    /** The runs as one JSON array, start times as ISO-8601 with the offset of the given zone. */
    public static void json(List<PastRun> runs, ZoneId zone, PrintWriter out) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (PastRun run : runs) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("execution_id", run.executionId());
            object.put("trigger", run.trigger());
            object.put("status", run.status());
            object.put("start_time", run.startTime() == null ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(inZone(run.startTime(), zone)
                            .truncatedTo(ChronoUnit.MILLIS)));
            object.put("seconds", run.seconds() == null ? RUNNING : run.seconds());
            PastRun.Drops drops = run.drops();
            object.put("drops", ordered("seen", drops.seen(), "loaded", drops.loaded(), "duplicate", drops.duplicate(),
                    "rejected", drops.rejected()));
            object.put("rows", ordered("read", run.rowsLoaded() + run.rowsRejected(), "loaded", run.rowsLoaded(),
                    "rejected", run.rowsRejected()));
            object.put("failed_step", run.failedStep());
            object.put("failure", run.failure());
            json.add(object);
        }
        out.println(JsonMapper.shared().writeValueAsString(json));
        out.flush();
    }

    private static String time(PastRun run) {
        Double seconds = run.seconds();
        return seconds == null ? RUNNING : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String failure(PastRun run) {
        if (run.completed() || (run.failedStep() == null && run.failure() == null)) {
            return "";
        }
        String text = run.failedStep() == null ? run.failure()
                : run.failure() == null ? run.failedStep() : run.failedStep() + ": " + run.failure();
        return text.length() <= FAILURE_WIDTH ? text : text.substring(0, FAILURE_WIDTH - 1) + "…";
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
