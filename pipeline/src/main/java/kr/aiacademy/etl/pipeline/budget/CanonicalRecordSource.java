package kr.aiacademy.etl.pipeline.budget;

import java.io.IOException;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;

/** Hands on the records of another source under the canonical (Korean) column names. */
final class CanonicalRecordSource implements RecordSource {

    private final RecordSource source;
    private final Header original;
    private final Header canonical;

    CanonicalRecordSource(RecordSource source) {
        this.source = source;
        this.original = source.header();
        this.canonical = BudgetColumns.canonical(original);
    }

    @Override
    public Header header() {
        return canonical;
    }

    @Override
    public SourceRecord next() throws IOException {
        SourceRecord record = source.next();
        if (record == null || record.header() != original || canonical == original) {
            return record; // end, a malformed record without header, or nothing to rename
        }
        return new SourceRecord(record.sourceFile(), record.recordNo(), canonical, record.values(),
                record.malformed());
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
