package kr.aiacademy.etl.jobs.nightly;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
import kr.aiacademy.etl.pipeline.inbox.LandedFile;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.ingest.IngestOutcome;
import kr.aiacademy.etl.pipeline.ingest.IngestProgress;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sums the progress of a feed's drop partitions (records, bytes of landed files) for the progress display,
 * and counts the records of the whole ingest step.
 */
@Component
class IngestProgressListener {

    static final String RECORDS = "records";

    private final ProgressDisplay display;
    private final DropLedger ledger;
    private final LandedDrops landed;
    private final IngestProgress reader;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<Long, Long> bytesByPartition = new ConcurrentHashMap<>();
    private volatile String step;
    private volatile long totalBytes;
    private volatile long started;

    IngestProgressListener(ObjectProvider<ProgressDisplay> display, DropLedger ledger, LandedDrops landed,
            IngestProgress dropReader) {
        this.display = display.getIfAvailable(() -> ProgressDisplay.NONE);
        this.ledger = ledger;
        this.landed = landed;
        this.reader = dropReader;
    }

    /** Listens to a feed's partitioned ingest step. */
    StepExecutionListener forFeed(String feed) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                step = stepExecution.getStepName();
                records.set(0);
                bytes.set(0);
                bytesByPartition.clear();
                totalBytes = ledger.landed(feed).stream().mapToLong(IngestProgressListener.this::size).sum();
                started = System.nanoTime();
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                display.finish();
                stepExecution.getExecutionContext().putLong(RECORDS, records.get());
                return null;
            }
        };
    }

    /** Listens to the chunks of each drop partition. */
    ChunkListener<Object, IngestOutcome<?>> forDrops() {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<IngestOutcome<?>> chunk) {
                long count = 0;
                for (IngestOutcome<?> outcome : chunk) {
                    if (outcome instanceof IngestOutcome.Batch<?> batch) {
                        count += batch.records();
                    }
                }
                records.addAndGet(count);
                long partition = StepSynchronizationManager.getContext().getStepExecution().getId();
                long read = reader.bytesRead();
                Long before = bytesByPartition.put(partition, read);
                bytes.addAndGet(read - (before == null ? 0 : before));
                display.update(step, records.get(), bytes.get(), totalBytes, System.nanoTime() - started);
            }
        };
    }

    private long size(LedgerEntry drop) {
        return landed.files(drop).stream().mapToLong(LandedFile::size).sum();
    }
}
