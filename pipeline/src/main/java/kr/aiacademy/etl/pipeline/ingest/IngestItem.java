package kr.aiacademy.etl.pipeline.ingest;

import kr.aiacademy.etl.pipeline.feed.Lineage;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;

/** What the reader hands on: a record of a drop, or the end of a drop (after its last record). */
public sealed interface IngestItem {

    LedgerEntry drop();

    Lineage lineage();

    /** A source record of the drop. */
    record Row(LedgerEntry drop, Lineage lineage, SourceRecord record) implements IngestItem {
    }

    /** The drop has no more records: its lake files can be committed. */
    record End(LedgerEntry drop, Lineage lineage) implements IngestItem {
    }
}
