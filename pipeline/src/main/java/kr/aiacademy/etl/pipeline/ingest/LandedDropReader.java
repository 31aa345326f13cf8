package kr.aiacademy.etl.pipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.RejectedFileException;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
import kr.aiacademy.etl.pipeline.inbox.LandedFile;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of landed drops in batches, drop after drop in the given order, file after file, and
 * marks the end of each drop — or its rejection, where a file of it cannot be read as a whole (a compressed file
 * corrupt or truncated, expanding past a limit, not in its feed's charset): the rest of the drop is not read. It
 * keeps no position: a drop interrupted half way is read again from its start, because its lake file is only
 * committed at the drop's end.
 */
public class LandedDropReader implements ItemStreamReader<IngestItem>, IngestProgress {

    private final FeedSpec<?> feed;
    private final List<LedgerEntry> toRead;
    private final LandedDrops landed;
    private final Clock clock;
    private final int batchSize;
    private final Deque<LedgerEntry> drops = new ArrayDeque<>();
    private final Deque<LandedFile> files = new ArrayDeque<>();
    private LedgerEntry drop;
    private Lineage lineage;
    private LandedFile file;
    private RecordSource source;
    private long totalBytes;
    private long finishedBytes;

    /** A reader of the given landed drops, handing on records in batches of {@code batchSize}. */
    public LandedDropReader(FeedSpec<?> feed, List<LedgerEntry> drops, LandedDrops landed, Clock clock,
            int batchSize) {
        this.feed = feed;
        this.toRead = List.copyOf(drops);
        this.landed = landed;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        close(); // a reader reopened after close() starts over: no half-read drop may end early
        files.clear();
        drop = null;
        finishedBytes = 0;
        drops.clear();
        drops.addAll(toRead);
        totalBytes = 0;
        for (LedgerEntry entry : drops) {
            for (LandedFile landedFile : landed.files(entry)) {
                totalBytes += landedFile.size();
            }
        }
    }

    @Override
    public IngestItem read() throws IOException {
        List<SourceRecord> batch = new ArrayList<>(batchSize);
        while (true) {
            try {
                if (source != null) {
                    SourceRecord record = next();
                    if (record != null) {
                        batch.add(record);
                        if (batch.size() == batchSize) {
                            return new IngestItem.Rows(drop, lineage, batch);
                        }
                        continue;
                    }
                    closeFile();
                }
                if (!files.isEmpty()) {
                    file = files.poll();
                    source = feed.open(file, file.name());
                    continue;
                }
            } catch (RejectedFileException e) {
                return reject(e.getMessage()); // the records of the batch go with the drop
            }
            if (!batch.isEmpty()) {
                return new IngestItem.Rows(drop, lineage, batch);
            }
            if (drop != null) {
                IngestItem end = new IngestItem.End(drop, lineage);
                drop = null;
                return end;
            }
            if (drops.isEmpty()) {
                return null;
            }
            drop = drops.poll();
            lineage = new Lineage(drop.feed(), drop.dropName(), drop.sha256(), drop.dropDate(),
                    drop.dropSeq() == null ? 0 : drop.dropSeq(), drop.firstSeenAt(), LocalDateTime.now(clock));
            files.addAll(landed.files(drop));
        }
    }

    /** The next record of the current file; a failure (but a rejection of the file) names the drop and the file. */
    private SourceRecord next() throws IOException {
        try {
            return source.next();
        } catch (RejectedFileException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("drop " + drop.dropName() + ", file " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private void closeFile() throws IOException {
        finishedBytes += file.size();
        file = null;
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** The drop is rejected: the rest of its files is passed over (counted as read, for the progress). */
    private IngestItem reject(String reason) throws IOException {
        closeFile();
        while (!files.isEmpty()) {
            finishedBytes += files.poll().size();
        }
        IngestItem rejected = new IngestItem.Rejected(drop, lineage, reason);
        drop = null;
        return rejected;
    }

    @Override
    public void close() {
        try {
            if (source != null) {
                source.close();
                source = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public long bytesRead() {
        return finishedBytes + (source == null ? 0 : Math.min(file.bytesRead(), file.size()));
    }
}
