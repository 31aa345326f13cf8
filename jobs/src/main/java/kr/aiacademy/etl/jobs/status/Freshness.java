package kr.aiacademy.etl.jobs.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.warehouse.report.Durations;

/**
 * How fresh a feed is, in the spirit of dbt's source freshness: the age of its newest loaded drop (since it
 * arrived) against a warning and an error threshold. A feed without thresholds (awards come when they come) is
 * never late; a feed with thresholds and no drop yet is past its error threshold.
 */
public record Freshness(String feed, String dropName, LocalDate dropDate, LocalDateTime arrivedAt, Duration age,
        EtlProperties.Threshold threshold, Verdict verdict) {

    /** FRESH within the warning threshold, WARN past it, ERROR past the error threshold (or no drop at all). */
    public enum Verdict {
        FRESH, WARN, ERROR, UNCHECKED
    }

    /** The freshness of a feed whose newest drop arrived at {@code arrivedAt} (null: none yet), as of now. */
    public static Freshness of(String feed, String dropName, LocalDate dropDate, LocalDateTime arrivedAt,
            EtlProperties.Threshold threshold, LocalDateTime now) {
        Duration age = arrivedAt == null ? null : Duration.between(arrivedAt, now);
        return new Freshness(feed, dropName, dropDate, arrivedAt, age, threshold, verdict(age, threshold));
    }

    /** For a feed past a threshold, one line saying so; null when it is fresh or has no thresholds. */
    public String lateness() {
        if (verdict != Verdict.WARN && verdict != Verdict.ERROR) {
            return null;
        }
        String since = dropName == null ? "no drop has been loaded yet"
                : "its newest drop " + dropName + " arrived " + Durations.forPeople(age) + " ago";
        return feed + " is late (" + verdict + "): " + since + "; late after " + Durations.forPeople(threshold.warnAfter())
                + ", an error after " + Durations.forPeople(threshold.errorAfter());
    }

    private static Verdict verdict(Duration age, EtlProperties.Threshold threshold) {
        if (threshold == null || threshold.errorAfter() == null && threshold.warnAfter() == null) {
            return Verdict.UNCHECKED;
        }
        if (age == null || threshold.errorAfter() != null && age.compareTo(threshold.errorAfter()) > 0) {
            return Verdict.ERROR;
        }
        if (threshold.warnAfter() != null && age.compareTo(threshold.warnAfter()) > 0) {
            return Verdict.WARN;
        }
        return Verdict.FRESH;
    }
}
