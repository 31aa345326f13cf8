package kr.aiacademy.etl.jobs.cli;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.unit.DataSize;

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

    /** For a setting that could not be bound (a bad value), what is wrong with it; null for other failures. */
    static String badSetting(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof BindException bind) {
                Throwable cause = NestedExceptionUtils.getMostSpecificCause(bind);
                ConfigurationProperty property = bind.getProperty();
                if (cause instanceof IllegalArgumentException && !(cause instanceof NumberFormatException)
                        || property == null) {
                    return firstLine(cause);
                }
                return property.getName() + "=" + property.getValue() + " is not allowed: it must be "
                        + expected(bind.getTarget().getType().resolve(Object.class));
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == DataSize.class) {
            return "a size such as 2GB or 500MB";
        }
        if (type == Duration.class) {
            return "a duration such as 30s or 5m";
        }
        return "a " + type.getSimpleName();
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? null : message;
    }
}
