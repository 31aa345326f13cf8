package kr.aiacademy.etl.jobs.cli;

import java.time.Duration;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.unit.DataSize;

/** Error messages for people about settings that could not be bound, never a stack trace. */
final class Messages {

    private Messages() {
    }

    /** For a setting that could not be bound (a bad value), what is wrong with it; null for other failures. */
    static String badSetting(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof BindException bind) {
                Throwable cause = NestedExceptionUtils.getMostSpecificCause(bind);
                ConfigurationProperty property = bind.getProperty();
                if (cause instanceof IllegalArgumentException && !(cause instanceof NumberFormatException)
                        || property == null) {
                    return FirstLine.ofMostSpecificCause(cause);
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
}
