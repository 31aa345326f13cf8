package kr.aiacademy.etl.jobs.cli;

import org.springframework.core.NestedExceptionUtils;

/**
 * Error messages for people: the first line of the most specific message (the root cause's, so that "cannot
 * create bean X" becomes what actually went wrong), never a stack trace.
 */
final class Messages {

    private Messages() {
    }

    static String firstLine(Throwable failure) {
        String message = text(NestedExceptionUtils.getMostSpecificCause(failure));
        if (message == null) {
            for (Throwable current = failure; current != null && message == null; current = current.getCause()) {
                message = text(current);
            }
        }
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? null : message;
    }
}
