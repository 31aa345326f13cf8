package kr.aiacademy.etl.pipeline.ingest;

import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.LakeRow;
import kr.aiacademy.etl.pipeline.feed.RecordMasker;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RejectRow;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Applies a feed's rules to each record. A valid record leaves as a pseudonymized row; an invalid one as a
 * reject with its rule and its personal data masked. After this processor no personal value remains.
 */
public class RulesProcessor<T> implements ItemProcessor<IngestItem, IngestOutcome<T>> {

    private final RecordRules<T> rules;
    private final RecordMasker masker;

    public RulesProcessor(FeedSpec<T> feed, Pseudonymizer pseudonymizer) {
        this.rules = feed.rules(pseudonymizer);
        this.masker = new RecordMasker(feed);
    }

    @Override
    public IngestOutcome<T> process(IngestItem item) {
        if (item instanceof IngestItem.End end) {
            return new IngestOutcome.End<>(end.drop());
        }
        IngestItem.Row row = (IngestItem.Row) item;
        SourceRecord record = row.record();
        if (record.malformed() != null) {
            return reject(row, "malformed_record", record.malformed(), "");
        }
        try {
            T value = rules.apply(record);
            return new IngestOutcome.Accepted<>(row.drop(),
                    new LakeRow<>(value, row.lineage(), record.sourceFile(), record.recordNo()));
        } catch (RuleViolation violation) {
            return reject(row, violation.rule(), violation.detail(), masker.mask(record));
        }
    }

    private IngestOutcome<T> reject(IngestItem.Row row, String rule, String detail, String masked) {
        SourceRecord record = row.record();
        return new IngestOutcome.Rejected<>(row.drop(),
                new RejectRow(row.lineage(), record.sourceFile(), record.recordNo(), rule, detail, masked));
    }
}
