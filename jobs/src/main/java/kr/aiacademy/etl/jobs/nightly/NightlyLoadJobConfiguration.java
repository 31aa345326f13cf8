package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.pipeline.awards.AwardsFeed;
import kr.aiacademy.etl.pipeline.budget.BudgetFeed;
import kr.aiacademy.etl.pipeline.employment.EmploymentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.jobs.control.RunningExecutions;
import kr.aiacademy.etl.jobs.kpi.KpiExtractTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code nightlyLoadJob}: pull the SIS → land new drops → ingest each feed → build → quality gate → publish →
 * KPI extract; build, gate and publish are skipped when the published warehouse is up to date.
 */
@Configuration(proxyBeanMethods = false)
class NightlyLoadJobConfiguration {

    @Bean
    Job nightlyLoadJob(JobRepository repository, Step sisPullStep, Step dropLandStep, Step enrollmentIngestStep,
            Step employmentIngestStep, Step awardsIngestStep, Step budgetIngestStep, Step warehouseBuildStep,
            Step qualityGateStep, Step warehousePublishStep, Step kpiExtractStep, WarehouseUpToDate upToDate,
            RunningExecutions running, FailureLine failureLine) {
        return new JobBuilder(NightlyLoad.JOB_NAME, repository)
                .listener(running)
                .listener(failureLine)
                .start(sisPullStep)
                .next(dropLandStep)
                .next(enrollmentIngestStep)
                .next(employmentIngestStep)
                .next(awardsIngestStep)
                .next(budgetIngestStep)
                .next(upToDate).on(WarehouseUpToDate.UP_TO_DATE.getName()).to(kpiExtractStep)
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
    Step enrollmentIngestStep(IngestSteps steps) {
        return steps.ingest(EnrollmentFeed.NAME);
    }

    @Bean
    Step employmentIngestStep(IngestSteps steps) {
        return steps.ingest(EmploymentFeed.NAME);
    }

    @Bean
    Step awardsIngestStep(IngestSteps steps) {
        return steps.ingest(AwardsFeed.NAME);
    }

    @Bean
    Step budgetIngestStep(IngestSteps steps) {
        return steps.ingest(BudgetFeed.NAME);
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
