package kr.aiacademy.etl.warehouse.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The run a report belongs to: its job, execution id and status, what it did (a line such as "15 drop(s)
 * loaded, …"), the period it reports ("day 2026-12-01"), the time the report is written (with its zone, in which
 * every time of the report is shown; ages are counted to it) and, when the caller knows them, each feed's freshness verdict against its
 * thresholds ({@code FRESH}, {@code WARN}, {@code ERROR}, {@code UNCHECKED}).
 */
public record ReportRun(String job, long executionId, String status, String summary, String period,
        ZonedDateTime asOf, Map<String, String> freshness) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ROOT);

    public ReportRun {
        freshness = Map.copyOf(freshness);
    }

    /** A time of this run's zone, to the second, with the zone named. */
    String shown(ZonedDateTime time) {
        return SHOWN.format(time.withZoneSameInstant(asOf.getZone()));
    }
}
