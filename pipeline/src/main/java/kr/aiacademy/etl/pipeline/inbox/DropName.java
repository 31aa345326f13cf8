package kr.aiacademy.etl.pipeline.inbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;

/**
 * The parsed name of a drop: {@code <feed>_<yyyyMMdd>[_<seq>].<ext>}.
 *
 * @param feed     the name of a registered feed ({@link FeedRegistry})
 * @param date     the business date of the drop
 * @param seq      the sequence number within the date; 0 when absent
 * @param fileName the whole file name as given
 */
public record DropName(String feed, LocalDate date, int seq, String fileName) {

    /** By date, then seq, then file name. */
    public static final Comparator<DropName> ORDER = Comparator.comparing(DropName::date)
            .thenComparingInt(DropName::seq)
            .thenComparing(DropName::fileName);

    private static final Pattern NAME = Pattern.compile(
            "([a-z]+)_(\\d{8})(?:_(\\d{1,9}))?\\.([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public DropName {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(fileName, "fileName");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative, was " + seq);
        }
    }

    /** Parses a drop file name (a bare name, no directory). */
    public static DropName parse(String fileName) throws DropRejectedException {
        Matcher m = NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            throw mismatch(fileName, null);
        }
        String feed = m.group(1);
        FeedRegistry feeds = FeedRegistry.installed();
        if (!feeds.contains(feed)) {
            throw mismatch(fileName, "unknown feed '" + feed + "' (expected " + feeds.describe() + ")");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(2), DATE);
        } catch (DateTimeException e) {
            throw mismatch(fileName, m.group(2) + " is not a real date");
        }
        int seq = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(3) != null && seq == 0) {
            throw mismatch(fileName, "the sequence number must be positive");
        }
        return new DropName(feed, date, seq, fileName);
    }

    private static DropRejectedException mismatch(String fileName, String detail) {
        String reason = "drop name '" + fileName + "' does not match <feed>_<yyyyMMdd>[_<seq>].<ext>";
        return new DropRejectedException(detail == null ? reason : reason + ": " + detail);
    }
}
