package kr.aiacademy.etl.pipeline.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Hand-written parsers for the date and timestamp forms found in the sources. */
public final class Dates {

    /** Source timestamps without an offset are local times in this zone. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final int[] NANO_SCALE = {
        1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private Dates() {
    }

    /**
     * Parses {@code yyyy-MM-dd}, {@code yyyy.MM.dd}, {@code yyyy/MM/dd} or {@code yyyyMMdd} (surrounding
     * whitespace ignored) with a strict calendar.
     */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidValueException("empty date");
        }
        String v = s.trim();
        LocalDate date = null;
        if (v.length() == 10) {
            char sep = v.charAt(4);
            if ((sep == '-' || sep == '.' || sep == '/') && v.charAt(7) == sep) {
                date = date(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2));
            }
        } else if (v.length() == 8) {
            date = date(digits(v, 0, 4), digits(v, 4, 2), digits(v, 6, 2));
        }
        if (date == null) {
            throw new InvalidValueException(v,
                    "is not a date (yyyy-MM-dd, yyyy.MM.dd, yyyy/MM/dd or yyyyMMdd)");
        }
        return date;
    }

    /**
     * Parses an ISO-8601 local date-time ({@code T} or one space between date and time, seconds and
     * fraction optional) as an Asia/Seoul local time. A trailing {@code Z} or offset ({@code +09},
     * {@code +0900}, {@code +09:00}) is converted to Asia/Seoul local time.
     */
    public static LocalDateTime parseTimestamp(String s) {
        String v = s == null ? "" : s.trim();
        LocalDateTime t = timestamp(v);
        if (t == null) {
            throw new InvalidValueException(v, "is not a timestamp (yyyy-MM-dd HH:mm:ss, Asia/Seoul)");
        }
        return t;
    }

    private static LocalDateTime timestamp(String v) {
        int n = v.length();
        if (n < 16 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(13) != ':') {
            return null;
        }
        char sep = v.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return null;
        }
        LocalDate date = date(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2));
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && v.charAt(i) == ':') {
            second = digits(v, i + 1, 2);
            if (second < 0 || second > 59) {
                return null;
            }
            i += 3;
            if (i < n && v.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(v.charAt(i))) {
                    if (i - start == 9) {
                        return null;
                    }
                    nano = nano * 10 + (v.charAt(i) - '0');
                    i++;
                }
                if (i == start) {
                    return null;
                }
                nano *= NANO_SCALE[i - start];
            }
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second, nano));
        if (i == n) {
            return local;
        }
        ZoneOffset offset = offset(v, i);
        return offset == null ? null : local.atOffset(offset).atZoneSameInstant(SEOUL).toLocalDateTime();
    }

    /** {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm} from {@code i} to the end; null otherwise. */
    private static ZoneOffset offset(String v, int i) {
        char c = v.charAt(i);
        int rest = v.length() - i - 1;
        if (c == 'Z' || c == 'z') {
            return rest == 0 ? ZoneOffset.UTC : null;
        }
        if (c != '+' && c != '-') {
            return null;
        }
        int hours = digits(v, i + 1, 2);
        int minutes;
        if (rest == 2) {
            minutes = 0;
        } else if (rest == 4) {
            minutes = digits(v, i + 3, 2);
        } else if (rest == 5 && v.charAt(i + 3) == ':') {
            minutes = digits(v, i + 4, 2);
        } else {
            return null;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(c == '-' ? -seconds : seconds);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is missing or not a digit. */
    static int digits(String s, int from, int count) {
        if (from < 0 || from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A real calendar date, or null (negative components count as invalid). */
    static LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
