package kr.aiacademy.etl.jobs.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

    /** ISO-8601 with the zone's offset, for programs. */
    static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A local time of the JVM's zone (as the metadata database keeps them) as an instant. */
    static Instant local(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
