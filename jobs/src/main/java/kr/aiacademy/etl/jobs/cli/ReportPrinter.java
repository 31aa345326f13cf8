package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import kr.aiacademy.etl.jobs.shell.TextTable;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run report for a person (aligned text) or a machine (one JSON object). */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void text(RunReport report, Path dataDir, Path inbox, PrintWriter out) {
        out.printf(Locale.ROOT, "nightlyLoadJob execution %d %s in %s%n", report.executionId(), report.status(),
                seconds(report.duration()));
        if (report.note() != null) {
            out.println("  " + report.note());
        }
        out.println("  inbox    " + (inbox == null ? "(none: a backfill or a rebuild)" : inbox));
        out.println("  data dir " + dataDir);
        out.printf(Locale.ROOT, "Drops: %d seen, %d loaded, %d duplicate, %d rejected%n", report.drops().size(),
                report.count(DropStatus.LOADED), report.count(DropStatus.DUPLICATE), report.count(DropStatus.REJECTED));
        out.printf(Locale.ROOT, "Rows:  %,d read, %,d loaded, %,d rejected%n",
                report.rowsLoaded() + report.rowsRejected(), report.rowsLoaded(), report.rowsRejected());
        if (!report.drops().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (LedgerEntry drop : report.drops()) {
                rows.add(new String[] {drop.feed(), drop.dropName(), drop.status().name(),
                        drop.rowsLoaded() == null ? "" : String.format(Locale.ROOT, "%,d", drop.rowsLoaded()),
                        drop.rowsRejected() == null ? "" : String.format(Locale.ROOT, "%,d", drop.rowsRejected()),
                        note(drop)});
            }
            out.println();
            TextTable.print(List.of("feed", "drop", "status", "rows", "rejected", "note"), rows,
                    new boolean[] {false, false, false, true, true, false}, out);
        }
        out.println();
        List<String[]> steps = new ArrayList<>();
        for (RunReport.StepTime step : report.steps()) {
            steps.add(new String[] {step.name(), step.status(), seconds(step.duration()),
                    String.format(Locale.ROOT, "%,d", step.records()),
                    String.format(Locale.ROOT, "%,.0f", step.recordsPerSecond())});
        }
        TextTable.print(List.of("step", "status", "time", "records", "records/s"), steps,
                new boolean[] {false, false, true, true, true}, out);
        for (String warning : report.warnings()) {
            out.println("warning: " + warning);
        }
        if (report.failure() != null) {
            out.println(("STOPPED".equals(report.status()) ? "" : "FAILED ") + report.failure());
            out.println("The published warehouse was left as it was. Details: " + dataDir.resolve("logs/etl.log"));
        }
    }

    /** The report as one JSON line, with each feed's freshness verdict after the run. */
    static String json(RunReport report, List<Freshness> freshness) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("execution_id", report.executionId());
        json.put("status", report.status());
        json.put("seconds", report.duration().toMillis() / 1000.0);
        json.put("drops", Map.of("seen", report.drops().size(), "loaded", report.count(DropStatus.LOADED),
                "duplicate", report.count(DropStatus.DUPLICATE), "rejected", report.count(DropStatus.REJECTED)));
        json.put("rows", Map.of("read", report.rowsLoaded() + report.rowsRejected(), "loaded", report.rowsLoaded(),
                "rejected", report.rowsRejected()));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RunReport.StepTime step : report.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", step.name());
            s.put("status", step.status());
            s.put("seconds", step.duration().toMillis() / 1000.0);
            s.put("records", step.records());
            s.put("records_per_second", Math.round(step.recordsPerSecond()));
            steps.add(s);
        }
        json.put("steps", steps);
        json.put("warnings", report.warnings());
        json.put("failure", report.failure());
        json.put("note", report.note());
        Map<String, String> verdicts = new LinkedHashMap<>();
        freshness.forEach(feed -> verdicts.put(feed.feed(), feed.verdict().name()));
        json.put("freshness", verdicts);
        return JsonMapper.shared().writeValueAsString(json);
    }

    private static String note(LedgerEntry drop) {
        if (drop.status() == DropStatus.REJECTED) {
            return drop.reason();
        }
        if (drop.status() == DropStatus.DUPLICATE) {
            return "same bytes as " + drop.duplicateOf();
        }
        return drop.notes() == null ? "" : drop.notes();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }
}
