package kr.aiacademy.etl.jobs.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * A log that cannot be written (a full disk, a folder gone) shows as one line on standard error, once, instead of
 * logback's status messages with a stack trace for every event (about 500 lines on a full disk). Installed right
 * after Spring Boot has set logging up.
 */
final class LogWriteFailures implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final PrintStream err;

    LogWriteFailures(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        StatusManager statuses = context.getStatusManager();
        for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener || listener instanceof FirstError) {
                statuses.remove(listener);
            }
        }
        FirstError firstError = new FirstError(err);
        firstError.setContext(context);
        statuses.add(firstError);
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Prints the first error of logging as one line; the others are in the status manager, not on the console. */
    static final class FirstError extends ContextAwareBase implements StatusListener {

        private final PrintStream err;
        private final AtomicBoolean told = new AtomicBoolean();

        FirstError(PrintStream err) {
            this.err = err;
        }

        @Override
        public void addStatusEvent(Status status) {
            if (status.getLevel() == Status.ERROR && told.compareAndSet(false, true)) {
                Throwable cause = status.getThrowable();
                err.println("etl: the log cannot be written: " + status.getMessage()
                        + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage())
                        + " (further logging errors are not shown)");
            }
        }
    }
}
