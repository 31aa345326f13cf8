package kr.aiacademy.etl.pipeline.ingest;

import kr.aiacademy.etl.pipeline.feed.LakeRow;
import kr.aiacademy.etl.pipeline.feed.RejectRow;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;

/** What the processor hands on: an accepted row, a rejected row, or the end of a drop. */
public sealed interface IngestOutcome<T> {

    LedgerEntry drop();

    record Accepted<T>(LedgerEntry drop, LakeRow<T> row) implements IngestOutcome<T> {
    }

    record Rejected<T>(LedgerEntry drop, RejectRow reject) implements IngestOutcome<T> {
    }

    record End<T>(LedgerEntry drop) implements IngestOutcome<T> {
    }
}
