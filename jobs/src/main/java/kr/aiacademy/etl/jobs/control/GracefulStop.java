package kr.aiacademy.etl.jobs.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM (and Ctrl-C) handling: no new fires, the running job is asked to stop (its step ends at the next chunk
 * boundary and the execution is marked STOPPED, to be resumed by the next run), the command finishes its output,
 * the application closes, and the process exits with the command's status. The signal is handled before the JVM
 * starts shutting down, so the metadata database is still open while the job stops.
 */
public final class GracefulStop {

    /** What a run stopped this way says in its report and the history. */
    public static final String STOPPED = "stopped on request at a chunk boundary; the next run resumes it";

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Duration LAUNCH_PATIENCE = Duration.ofSeconds(10);
    private static final String[] SIGNALS = {"TERM", "INT"};

    private final ConfigurableApplicationContext context;
    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger exitStatus;
    private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];

    private GracefulStop(ConfigurableApplicationContext context, int statusOnSignal) {
        this.context = context;
        this.exitStatus = new AtomicInteger(statusOnSignal);
    }

    /** Stops cleanly on a signal, then exits with {@code statusOnSignal} unless the command set its own. */
    public static GracefulStop install(ConfigurableApplicationContext context, int statusOnSignal) {
        GracefulStop stop = new GracefulStop(context, statusOnSignal);
        for (int i = 0; i < SIGNALS.length; i++) {
            stop.previous[i] = Signal.handle(new Signal(SIGNALS[i]),
                    signal -> new Thread(stop::stop, "graceful-stop").start());
        }
        return stop;
    }

    /**
     * For a daemon, which has no work of its own to finish: blocks until a signal asks it to stop. The stop then
     * goes on in the background (running jobs stop at their next chunk boundary, the application closes) and
     * ends the process once {@link #done} is called.
     */
    public void awaitSignal() throws InterruptedException {
        requested.await();
    }

    /** The command finished with this status; signals get their usual meaning back. */
    public void done(int status) {
        exitStatus.set(status);
        done.countDown();
        for (int i = 0; i < SIGNALS.length; i++) {
            Signal.handle(new Signal(SIGNALS[i]), previous[i]);
        }
    }

    private void stop() {
        log.info("termination requested: stopping cleanly");
        requested.countDown();
        try {
            Scheduler scheduler = context.getBeanProvider(Scheduler.class).getIfAvailable();
            if (scheduler != null) {
                standby(scheduler);
            }
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            RunningExecutions running = context.getBean(RunningExecutions.class);
            awaitLaunches(scheduler, running);
            for (Long id : running.ids()) {
                JobExecution execution = repository.getJobExecution(id);
                if (execution != null && execution.isRunning()) {
                    log.info("stopping execution {} at the next chunk boundary", id);
                    operator.stop(execution);
                }
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!running.ids().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            done.await(30, TimeUnit.SECONDS);
            context.close();
        } catch (Exception e) {
            log.error("clean stop failed: {}", e.getMessage(), e);
        }
        System.exit(exitStatus.get());
    }

    /**
     * A fire the signal caught while it launched its job: the execution is in the job repository (STARTED) but not
     * yet known to {@link RunningExecutions}, and closing the application then left it STARTED. Waits (a few seconds
     * at most) until every fire Quartz is running has its execution registered, or has ended without one.
     */
    private static void awaitLaunches(Scheduler scheduler, RunningExecutions running) throws InterruptedException {
        long deadline = System.nanoTime() + LAUNCH_PATIENCE.toNanos();
        while (scheduler != null && System.nanoTime() < deadline && launching(scheduler) > running.ids().size()) {
            Thread.sleep(20);
        }
    }

    private static int launching(Scheduler scheduler) {
        try {
            return scheduler.getCurrentlyExecutingJobs().size();
        } catch (Exception e) {
            log.warn("cannot list the running fires: {}", e.getMessage());
            return 0;
        }
    }

    private static void standby(Scheduler scheduler) {
        try {
            scheduler.standby();
        } catch (Exception e) {
            log.warn("cannot put the scheduler in standby: {}", e.getMessage());
        }
    }
}
