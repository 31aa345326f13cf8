package kr.aiacademy.etl.jobs.nightly;

import java.time.Clock;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.ingest.LakeItemWriter;
import kr.aiacademy.etl.pipeline.ingest.LandedDropReader;
import kr.aiacademy.etl.pipeline.ingest.RulesProcessor;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Step-scoped reader, processor and writer of the enrollment ingest step. */
@Configuration(proxyBeanMethods = false)
class EnrollmentIngestConfiguration {

    @Bean
    @StepScope
    LandedDropReader enrollmentReader(EnrollmentFeed feed, DropLedger ledger, DataDir dataDir, Clock clock) {
        return new LandedDropReader(feed, ledger, dataDir, clock);
    }

    @Bean
    @StepScope
    RulesProcessor<EnrollmentRecord> enrollmentProcessor(EnrollmentFeed feed, Pseudonymizer pseudonymizer) {
        return new RulesProcessor<>(feed, pseudonymizer);
    }

    @Bean
    @StepScope
    LakeItemWriter<EnrollmentRecord> enrollmentWriter(EnrollmentFeed feed, DropLedger ledger, DataDir dataDir,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new LakeItemWriter<>(feed, ledger, dataDir, jobExecutionId);
    }
}
