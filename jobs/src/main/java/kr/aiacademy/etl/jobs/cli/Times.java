package kr.aiacademy.etl.jobs.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times shown to people: to the second, in the schedule's zone, with the zone named. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ROOT);

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }
}
