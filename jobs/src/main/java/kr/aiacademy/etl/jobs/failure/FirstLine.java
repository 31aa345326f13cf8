package kr.aiacademy.etl.jobs.failure;

import java.util.regex.Pattern;
import org.springframework.core.NestedExceptionUtils;

/**
 * The first line of a failure's message, the one place that cuts messages for people. Which message is the most
 * telling depends on where the failure comes from, hence one method per source: a job's step ({@link
 * #pastFrameworkWrappers}), a command ({@link #ofMostSpecificCause}), an exit message Spring Batch stored as a
 * stack trace ({@link #ofStoredExitMessage}).
 */
public final class FirstLine {

    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s+");

    private FirstLine() {
    }

    /** The text up to its first line break, as it is. */
    public static String of(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * The first line of the failure's message, past messages without one and past the framework's wrappers (such as
     * "Unable to process chunk"); the exception's simple class name when nothing has a message.
     */
    public static String pastFrameworkWrappers(Throwable failure) {
        Throwable root = failure;
        String message = root.getMessage();
        while (root.getCause() != null && (message == null || message.isBlank()
                || root.getClass().getName().startsWith("org.springframework."))) {
            root = root.getCause();
            message = root.getMessage();
        }
        return message == null ? root.getClass().getSimpleName() : of(message);
    }

    /**
     * The first line, stripped, of the most specific message: the root cause's (so that "cannot create bean X"
     * becomes what actually went wrong), else the outermost message there is; else the failure's simple class name.
     */
    public static String ofMostSpecificCause(Throwable failure) {
        String message = text(NestedExceptionUtils.getMostSpecificCause(failure));
        for (Throwable current = failure; current != null && message == null; current = current.getCause()) {
            message = text(current);
        }
        return message == null ? failure.getClass().getSimpleName() : of(message).strip();
    }

    /**
     * The first line of an exit message that Spring Batch stored as a stack trace, without leading exception class
     * names ({@code java.lang.IllegalStateException: }); null when there is nothing.
     */
    public static String ofStoredExitMessage(String exitMessage) {
        if (exitMessage == null) {
            return null;
        }
        String line = of(exitMessage).strip();
        while (true) {
            String stripped = EXCEPTION_CLASS.matcher(line).replaceFirst("").strip();
            if (stripped.isEmpty() || stripped.equals(line)) {
                break;
            }
            line = stripped;
        }
        return line.isEmpty() ? null : line;
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? null : message;
    }
}
