package kr.aiacademy.etl.jobs.nightly;

import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.ingest.IngestItem;
import kr.aiacademy.etl.pipeline.ingest.IngestOutcome;
import kr.aiacademy.etl.pipeline.ingest.LakeItemWriter;
import kr.aiacademy.etl.pipeline.ingest.LandedDropReader;
import kr.aiacademy.etl.pipeline.ingest.RulesProcessor;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a feed's ingest step: {@code <feed>IngestStep} partitions the feed's landed drops, and each drop runs
 * as a chunk-oriented {@code <feed>DropStep} (read batches, apply rules, write lake files), drops in parallel.
 */
@Component
class IngestSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactionManager;
    private final EtlProperties properties;
    private final DropLedger ledger;
    private final LandedDropReader reader;
    private final RulesProcessor<Object> processor;
    private final LakeItemWriter<Object> writer;
    private final IngestProgressListener progress;

    IngestSteps(JobRepository repository, PlatformTransactionManager transactionManager, EtlProperties properties,
            DropLedger ledger, LandedDropReader dropReader, RulesProcessor<Object> dropProcessor,
            LakeItemWriter<Object> dropWriter, IngestProgressListener progress) {
        this.repository = repository;
        this.transactionManager = transactionManager;
        this.properties = properties;
        this.ledger = ledger;
        this.reader = dropReader;
        this.processor = dropProcessor;
        this.writer = dropWriter;
        this.progress = progress;
    }

    Step ingest(String feed) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(feed + "-ingest-");
        executor.setConcurrencyLimit(properties.ingest().threads());
        return new StepBuilder(feed + "IngestStep", repository)
                .partitioner(feed + "DropStep", new DropPartitioner(ledger, feed))
                .step(dropStep(feed))
                .taskExecutor(executor)
                .gridSize(properties.ingest().threads())
                .listener(progress.forFeed(feed))
                .allowStartIfComplete(true)
                .build();
    }

    private Step dropStep(String feed) {
        int batchesPerChunk = Math.max(1, properties.ingest().chunkSize() / IngestComponentsConfiguration.BATCH_SIZE);
        return new StepBuilder(feed + "DropStep", repository)
                .<IngestItem, IngestOutcome<Object>>chunk(batchesPerChunk)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .transactionManager(transactionManager)
                .listener(progress.forDrops())
                .build();
    }
}
