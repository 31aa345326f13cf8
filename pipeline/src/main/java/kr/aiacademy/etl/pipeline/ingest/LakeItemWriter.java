package kr.aiacademy.etl.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchema;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.RejectRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends each drop's accepted rows to its lake file and its rejected rows to its rejects file. At the end of a
 * drop both files are committed (renamed into place) and only then is the drop marked LOADED in the ledger. If
 * the step ends before a drop's end, its files are discarded and the drop stays LANDED for the next run.
 */
public class LakeItemWriter<T> implements ItemStreamWriter<IngestOutcome<T>> {

    private final LakeSchema<LakeRow<T>> rowSchema;
    private final LakeSchema<RejectRow> rejectSchema = LakeSchemas.rejects();
    private final DropLedger ledger;
    private final DataDir dataDir;
    private final Long jobExecutionId;
    private LedgerEntry drop;
    private LakeFileWriter<LakeRow<T>> rows;
    private LakeFileWriter<RejectRow> rejects;

    public LakeItemWriter(FeedSpec<T> feed, DropLedger ledger, DataDir dataDir, Long jobExecutionId) {
        this.rowSchema = LakeSchemas.rows(feed.name(), feed.lakeColumns());
        this.ledger = ledger;
        this.dataDir = dataDir;
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
