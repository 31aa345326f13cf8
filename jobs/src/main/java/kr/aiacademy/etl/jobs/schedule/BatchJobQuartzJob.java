package kr.aiacademy.etl.jobs.schedule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The one Quartz job of the daemon, in the shape of Spring Batch's {@code JobLauncherDetails}: the Spring Batch job
 * to start is named in the fire's job data ({@link #JOB_NAME}) and looked up among the {@link ScheduledLaunch}
 * beans. Concurrent fires of one schedule wait for each other (Quartz keys this on the job detail).
 */
@DisallowConcurrentExecution
public class BatchJobQuartzJob implements Job {

    /** The key of the Spring Batch job's name in the job data. */
    static final String JOB_NAME = "jobName";

    private final Map<String, ScheduledLaunch> launches;

    public BatchJobQuartzJob(List<ScheduledLaunch> launches) {
        this.launches = launches.stream().collect(Collectors.toMap(ScheduledLaunch::jobName, Function.identity()));
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String jobName = context.getMergedJobDataMap().getString(JOB_NAME);
        ScheduledLaunch launch = launches.get(jobName);
        if (launch == null) {
            throw new JobExecutionException("schedule " + context.getJobDetail().getKey() + " names job '"
                    + jobName + "', which is none of " + launches.keySet());
        }
        try {
            context.setResult(launch.launch(context.getScheduledFireTime()));
        } catch (Exception e) {
            throw new JobExecutionException("scheduled " + launch.subject() + " failed: " + e.getMessage(), e);
        }
    }
}
