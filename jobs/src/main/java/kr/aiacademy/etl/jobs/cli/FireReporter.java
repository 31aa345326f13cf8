package kr.aiacademy.etl.jobs.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/** The daemon's console: one line per fire, when it has run, with its result. */
final class FireReporter extends JobListenerSupport {

    private final PrintWriter out;
    private final ZoneId zone;

    FireReporter(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public String getName() {
        return "console";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        String result = failure != null ? "FAILED: " + failure.getMessage() : String.valueOf(context.getResult());
        String job = context.getJobDetail().getDescription();
        out.println(Times.format(context.getFireTime().toInstant(), zone) + " "
                + (job == null ? context.getJobDetail().getKey().getName() : job) + " fired: " + result);
        out.flush();
    }
}
