package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.jobs.control.RunningExecutions;
import kr.aiacademy.etl.jobs.kpi.KpiExtractTasklet;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code nightlyLoadJob}: pull the SIS → land new drops → ingest each registered feed ({@code <feed>IngestStep}) → build → quality gate → publish →
 * KPI extract; build, gate and publish are skipped when the published warehouse is up to date.
 */
@Configuration(proxyBeanMethods = false)
class NightlyLoadJobConfiguration {

    @Bean
    Job nightlyLoadJob(JobRepository repository, Step sisPullStep, Step dropLandStep, FeedRegistry feeds,
            IngestSteps ingest, Step warehouseBuildStep, Step qualityGateStep, Step warehousePublishStep,
            Step kpiExtractStep, WarehouseUpToDate upToDate, RunningExecutions running, FailureLine failureLine) {
        SimpleJobBuilder landed = new JobBuilder(NightlyLoad.JOB_NAME, repository)
                .listener(running)
                .listener(failureLine)
                .start(sisPullStep)
                .next(dropLandStep);
        for (FeedSpec<?> feed : feeds.all()) { // <feed>IngestStep, in the order the feeds are registered
            landed = landed.next(ingest.ingest(feed.name()));
        }
        return landed.next(upToDate).on(WarehouseUpToDate.UP_TO_DATE.getName()).to(kpiExtractStep)
                .from(upToDate).on(WarehouseUpToDate.BUILD.getName()).to(warehouseBuildStep)
                .next(qualityGateStep)
                .next(warehousePublishStep)
                .next(kpiExtractStep)
                .end()
                .build();
    }

    @Bean
    Step sisPullStep(JobRepository repository, PlatformTransactionManager tm, SisPullTasklet tasklet) {
        return tasklet("sisPullStep", repository, tm, tasklet);
    }

    @Bean
    Step dropLandStep(JobRepository repository, PlatformTransactionManager tm, DropLandTasklet tasklet) {
        return tasklet("dropLandStep", repository, tm, tasklet);
    }

    @Bean
    Step warehouseBuildStep(JobRepository repository, PlatformTransactionManager tm, WarehouseBuildTasklet t) {
        return tasklet("warehouseBuildStep", repository, tm, t);
    }

    @Bean
    Step qualityGateStep(JobRepository repository, PlatformTransactionManager tm, QualityGateTasklet tasklet) {
        return tasklet("qualityGateStep", repository, tm, tasklet);
    }

    @Bean
    Step warehousePublishStep(JobRepository repository, PlatformTransactionManager tm,
            WarehousePublishTasklet tasklet) {
        return tasklet("warehousePublishStep", repository, tm, tasklet);
    }

    @Bean
    Step kpiExtractStep(JobRepository repository, PlatformTransactionManager tm, KpiExtractTasklet tasklet) {
        return tasklet("kpiExtractStep", repository, tm, tasklet);
    }

    private static Step tasklet(String name, JobRepository repository, PlatformTransactionManager tm,
            Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).allowStartIfComplete(true).build();
    }
}
