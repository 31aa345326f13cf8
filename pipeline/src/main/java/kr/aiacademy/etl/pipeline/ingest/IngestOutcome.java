package kr.aiacademy.etl.pipeline.ingest;

import java.util.List;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.RejectRow;

/** What the processor hands on: a batch split into accepted and rejected rows, the end of a drop, or its rejection. */
public sealed interface IngestOutcome<T> {

    LedgerEntry drop();

    /** Records of one input batch after the rules. */
    record Batch<T>(LedgerEntry drop, List<LakeRow<T>> accepted, List<RejectRow> rejected)
            implements IngestOutcome<T> {

        public int records() {
            return accepted.size() + rejected.size();
        }
    }

    record End<T>(LedgerEntry drop) implements IngestOutcome<T> {
    }

    record Rejected<T>(LedgerEntry drop, String reason) implements IngestOutcome<T> {
    }
}
