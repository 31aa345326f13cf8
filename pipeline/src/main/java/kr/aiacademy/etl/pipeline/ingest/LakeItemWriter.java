package kr.aiacademy.etl.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchema;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.RejectRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends each drop's accepted rows to its lake file and its rejected rows to its rejects file. At the end of a
 * drop both files are committed (renamed into place) and only then is the drop marked LOADED in the ledger. If
 * the step ends before a drop's end, its files are discarded and the drop stays LANDED for the next run. A drop
 * rejected while it was read leaves its files discarded, a copy in quarantine and REJECTED in the ledger; its
 * landing folder goes once that is committed.
 */
public class LakeItemWriter<T> implements ItemStreamWriter<IngestOutcome<T>> {

    private static final Logger log = LoggerFactory.getLogger(LakeItemWriter.class);

    private final LakeSchema<LakeRow<T>> rowSchema;
    private final LakeSchema<RejectRow> rejectSchema = LakeSchemas.rejects();
    private final DropLedger ledger;
    private final DataDir dataDir;
    private final LandedDrops landed;
    private final Long jobExecutionId;
    private LedgerEntry drop;
    private LakeFileWriter<LakeRow<T>> rows;
    private LakeFileWriter<RejectRow> rejects;

    public LakeItemWriter(FeedSpec<T> feed, DropLedger ledger, DataDir dataDir, LandedDrops landed,
            Long jobExecutionId) {
        this.rowSchema = LakeSchemas.rows(feed.name(), feed.lakeColumns());
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.landed = landed;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome<T>> chunk) throws IOException {
        for (IngestOutcome<T> outcome : chunk) {
            startIfNew(outcome.drop());
            if (outcome instanceof IngestOutcome.Batch<T> batch) {
                for (LakeRow<T> row : batch.accepted()) {
                    rows.write(row);
                }
                for (RejectRow reject : batch.rejected()) {
                    rejects().write(reject);
                }
            } else if (outcome instanceof IngestOutcome.Rejected<T> rejected) {
                reject(rejected.reason());
            } else {
                finish();
            }
        }
    }

    private void startIfNew(LedgerEntry next) throws IOException {
        if (drop != null && drop.dropId() == next.dropId()) {
            return;
        }
        discard();
        drop = next;
        Path lakeFile = dataDir.lakeFile(next.feed(), next.sha256(), next.ingestDate());
        rows = new LakeFileWriter<>(rowSchema, lakeFile, dataDir.space());
    }

    private LakeFileWriter<RejectRow> rejects() throws IOException {
        if (rejects == null) {
            rejects = new LakeFileWriter<>(rejectSchema, rejectsFile(), dataDir.space());
        }
        return rejects;
    }

    private Path rejectsFile() {
        return dataDir.rejectsFile(drop.feed(), drop.sha256());
    }

    private void finish() throws IOException {
        rows.commit();
        long rejected = 0;
        if (rejects != null) {
            rejects.commit();
            rejected = rejects.rows();
        } else {
            Files.deleteIfExists(rejectsFile());
        }
        ledger.markLoaded(drop.dropId(), rows.rows(), rejected, jobExecutionId);
        drop = null;
        rows = null;
        rejects = null;
    }

    private void reject(String reason) throws IOException {
        LedgerEntry rejected = drop;
        discard();
        landed.quarantine(rejected, reason);
        for (LedgerEntry copy : ledger.duplicatesOf(rejected)) {
            landed.quarantine(rejected, copy.dropName(), DropLedger.sameBytesAs(rejected, reason));
        }
        ledger.markRejected(rejected, reason, jobExecutionId);
        log.warn("drop {}/{} REJECTED: {}", rejected.feed(), rejected.dropName(), reason);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    removeLanding(rejected);
                }
            });
        } else {
            removeLanding(rejected);
        }
    }

    private void removeLanding(LedgerEntry rejected) {
        try {
            landed.remove(rejected);
        } catch (IOException e) { // the next run's clean-up removes it
            log.warn("the landing folder of rejected drop {} could not be removed: {}", rejected.dropName(),
                    e.getMessage());
        }
    }

    private void discard() {
        if (rows != null) {
            rows.abort();
        }
        if (rejects != null) {
            rejects.abort();
        }
        drop = null;
        rows = null;
        rejects = null;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        discard();
    }

    @Override
    public void close() {
        discard();
    }
}
