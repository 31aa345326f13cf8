package kr.aiacademy.etl.jobs.history;

import java.util.regex.Pattern;

/**
 * Exit messages of Spring Batch's metadata for people: Spring Batch stores a failure's stack trace, of which the
 * history shows the first line without the exception class ({@code java.lang.IllegalStateException: }).
 */
final class ExitMessages {

    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s+");

    private ExitMessages() {
    }

    /** The first line of the message without leading exception class names; null when there is nothing. */
    static String firstLine(String exitMessage) {
        if (exitMessage == null) {
            return null;
        }
        int newline = exitMessage.indexOf('\n');
        String line = (newline < 0 ? exitMessage : exitMessage.substring(0, newline)).strip();
        while (true) {
            String stripped = EXCEPTION_CLASS.matcher(line).replaceFirst("").strip();
            if (stripped.isEmpty() || stripped.equals(line)) {
                break;
            }
            line = stripped;
        }
        return line.isEmpty() ? null : line;
    }
}
