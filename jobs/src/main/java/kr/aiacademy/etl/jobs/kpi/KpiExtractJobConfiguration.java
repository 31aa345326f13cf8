package kr.aiacademy.etl.jobs.kpi;

import kr.aiacademy.etl.jobs.control.RunningExecutions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code kpiExtractJob}: writes the KPI extracts of the published warehouse (the nightly load does too). */
@Configuration(proxyBeanMethods = false)
public class KpiExtractJobConfiguration {

    public static final String JOB_NAME = "kpiExtractJob";

    @Bean
    Job kpiExtractJob(JobRepository repository, PlatformTransactionManager tm, KpiExtractTasklet tasklet,
            RunningExecutions running) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(running)
                .start(new StepBuilder("kpiExtractOnlyStep", repository).tasklet(tasklet, tm).build())
                .build();
    }
}
