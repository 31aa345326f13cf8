package kr.aiacademy.etl.pipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of landed drops in batches, drop after drop in the given order, file after file, and
 * marks the end of each drop. It keeps no position: a drop interrupted half way is read again from its start,
 * because its lake file is only committed at the drop's end.
 */
public class LandedDropReader implements ItemStreamReader<IngestItem>, IngestProgress {

    private final FeedSpec<?> feed;
    private final List<LedgerEntry> toRead;
    private final DataDir dataDir;
    private final Clock clock;
    private final int batchSize;
    private final Deque<LedgerEntry> drops = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private LedgerEntry drop;
    private Lineage lineage;
    private RecordSource source;
    private String sourceFile;
    private long totalBytes;
    private long finishedBytes;

    /** A reader of the given landed drops, handing on records in batches of {@code batchSize}. */
    public LandedDropReader(FeedSpec<?> feed, List<LedgerEntry> drops, DataDir dataDir, Clock clock,
            int batchSize) {
        this.feed = feed;
        this.toRead = List.copyOf(drops);
        this.dataDir = dataDir;
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
            for (Path file : dataFiles(entry)) {
                totalBytes += size(file);
            }
        }
    }

    @Override
    public IngestItem read() throws IOException {
        List<SourceRecord> batch = new ArrayList<>(batchSize);
        while (true) {
            if (source != null) {
                SourceRecord record = next();
                if (record != null) {
                    batch.add(record);
                    if (batch.size() == batchSize) {
                        return new IngestItem.Rows(drop, lineage, batch);
                    }
                    continue;
                }
                finishedBytes += source.bytesRead();
                source.close();
                source = null;
            }
            if (!files.isEmpty()) {
                Path file = files.poll();
                Path landing = dataDir.landing(drop.feed(), drop.sha256());
                sourceFile = landing.relativize(file).toString();
                source = feed.open(file, sourceFile);
                continue;
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
            files.addAll(dataFiles(drop));
        }
    }

    /** The next record of the current file; a failure names the drop and the file. */
    private SourceRecord next() throws IOException {
        try {
            return source.next();
        } catch (IOException e) {
            throw new IOException("drop " + drop.dropName() + ", file " + sourceFile + ": " + e.getMessage(), e);
        }
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
        return finishedBytes + (source == null ? 0 : source.bytesRead());
    }

    private List<Path> dataFiles(LedgerEntry entry) {
        Path landing = dataDir.landing(entry.feed(), entry.sha256());
        try (Stream<Path> walk = Files.walk(landing)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("landed copy of drop " + entry.dropName() + " is missing in "
                    + landing, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
