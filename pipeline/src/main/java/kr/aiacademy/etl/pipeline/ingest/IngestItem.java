package kr.aiacademy.etl.pipeline.ingest;

import java.util.List;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.Lineage;

/**
 * What the reader hands on: a batch of records of a drop, the end of a drop (after its last record), or that the
 * drop is rejected (a file of it could not be read as a whole).
 * Records travel in batches so the batch framework's per-item cost is paid once per batch, not per record.
 */
public sealed interface IngestItem {

    LedgerEntry drop();

    Lineage lineage();

    /** Consecutive source records of the drop. */
    record Rows(LedgerEntry drop, Lineage lineage, List<SourceRecord> records) implements IngestItem {
    }

    /** The drop has no more records: its lake files can be committed. */
    record End(LedgerEntry drop, Lineage lineage) implements IngestItem {
    }

    /** A file of the drop cannot be read as a whole: none of its rows may be loaded. */
    record Rejected(LedgerEntry drop, Lineage lineage, String reason) implements IngestItem {
    }
}
