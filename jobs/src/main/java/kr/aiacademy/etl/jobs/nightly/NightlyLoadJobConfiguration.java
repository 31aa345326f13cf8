package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code nightlyLoadJob}: dropLandStep → enrollmentIngestStep → warehouseBuildStep → qualityGateStep → publish. */
@Configuration(proxyBeanMethods = false)
class NightlyLoadJobConfiguration {

    @Bean
    Job nightlyLoadJob(JobRepository repository, Step dropLandStep, Step enrollmentIngestStep,
            Step warehouseBuildStep, Step qualityGateStep, Step warehousePublishStep) {
        return new JobBuilder("nightlyLoadJob", repository)
                .start(dropLandStep)
                .next(enrollmentIngestStep)
                .next(warehouseBuildStep)
                .next(qualityGateStep)
                .next(warehousePublishStep)
                .build();
    }

    @Bean
    Step dropLandStep(JobRepository repository, PlatformTransactionManager tm, DropLandTasklet tasklet) {
        return new StepBuilder("dropLandStep", repository).tasklet(tasklet, tm).build();
    }

    @Bean
    Step enrollmentIngestStep(IngestSteps steps) {
        return steps.ingest(EnrollmentFeed.NAME);
    }

    @Bean
    Step warehouseBuildStep(JobRepository repository, PlatformTransactionManager tm, WarehouseBuildTasklet t) {
        return new StepBuilder("warehouseBuildStep", repository).tasklet(t, tm).build();
    }

    @Bean
    Step qualityGateStep(JobRepository repository, PlatformTransactionManager tm, QualityGateTasklet tasklet) {
        return new StepBuilder("qualityGateStep", repository).tasklet(tasklet, tm).build();
    }

    @Bean
    Step warehousePublishStep(JobRepository repository, PlatformTransactionManager tm,
            WarehousePublishTasklet tasklet) {
        return new StepBuilder("warehousePublishStep", repository).tasklet(tasklet, tm).build();
    }
}
