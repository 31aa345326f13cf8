package kr.aiacademy.etl.jobs.nightly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.ingest.LakeItemWriter;
import kr.aiacademy.etl.pipeline.ingest.LandedDropReader;
import kr.aiacademy.etl.pipeline.ingest.RulesProcessor;
import kr.aiacademy.etl.pipeline.normalize.Dates;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reader, processor and writer of one drop partition, for any feed: the drop comes from the partition's name. */
@Configuration(proxyBeanMethods = false)
class IngestComponentsConfiguration {

    /** Records per item: the batch framework's per-item work is paid once per batch. */
    static final int BATCH_SIZE = 500;

    @Bean
    @StepScope
    LandedDropReader dropReader(FeedRegistry feeds, DropLedger ledger, LandedDrops landed, Clock clock,
            @Value("#{stepExecution.stepName}") String partition) {
        LedgerEntry drop = ledger.find(DropPartitioner.dropId(partition));
        return new LandedDropReader(feeds.get(drop.feed()), List.of(drop), landed, clock, BATCH_SIZE);
    }

    @Bean
    @StepScope
    RulesProcessor<Object> dropProcessor(FeedRegistry feeds, DropLedger ledger, Pseudonymizer pseudonymizer, Clock clock,
            @Value("#{stepExecution.stepName}") String partition) {
        return new RulesProcessor<>(feeds.get(ledger.find(DropPartitioner.dropId(partition)).feed()), pseudonymizer,
                LocalDate.now(clock.withZone(Dates.SEOUL)));
    }

    @Bean
    @StepScope
    LakeItemWriter<Object> dropWriter(FeedRegistry feeds, DropLedger ledger, DataDir dataDir, LandedDrops landed,
            @Value("#{stepExecution.stepName}") String partition,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new LakeItemWriter<>(feeds.get(ledger.find(DropPartitioner.dropId(partition)).feed()), ledger, dataDir,
                landed, jobExecutionId);
    }
}
