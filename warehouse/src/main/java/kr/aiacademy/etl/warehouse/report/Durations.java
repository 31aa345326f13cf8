package kr.aiacademy.etl.warehouse.report;

import java.time.Duration;

/** Durations as people read them, in the report and on the command line: 3 d 4 h, 5 h 12 min, 40 s. */
public final class Durations {

    private Durations() {
    }

    /** The two largest units of a duration (seconds under a minute); "-" for none, "0 s" for a negative one. */
    public static String forPeople(Duration duration) {
        if (duration == null) {
            return "-";
        }
        if (duration.isNegative()) {
            return "0 s";
        }
        if (duration.toDays() > 0) {
            return duration.toDays() + " d " + duration.toHoursPart() + " h";
        }
        if (duration.toHours() > 0) {
            return duration.toHours() + " h " + duration.toMinutesPart() + " min";
        }
        return duration.toMinutes() > 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
