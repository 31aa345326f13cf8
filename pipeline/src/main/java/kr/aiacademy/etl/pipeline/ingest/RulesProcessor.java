package kr.aiacademy.etl.pipeline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.RecordMasker;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import kr.aiacademy.etl.pipeline.lake.RejectRow;
import kr.aiacademy.etl.pipeline.normalize.Dates;
import kr.aiacademy.etl.pipeline.privacy.Echo;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Applies a feed's rules to each record. A valid record leaves as a pseudonymized row; an invalid one as a
 * reject with its rule and its personal data masked. After this processor no personal value remains.
 * Stateless and thread-safe.
 */
public class RulesProcessor<T> implements ItemProcessor<IngestItem, IngestOutcome<T>> {

    private final RecordRules<T> rules;
    private final RecordMasker masker;

    /** The rules of a load today (Asia/Seoul). */
    public RulesProcessor(FeedSpec<T> feed, Pseudonymizer pseudonymizer) {
        this(feed, pseudonymizer, LocalDate.now(Dates.SEOUL));
    }

    /** The rules of a load on {@code loadDay}: events dated later than the day after it are rejected. */
    public RulesProcessor(FeedSpec<T> feed, Pseudonymizer pseudonymizer, LocalDate loadDay) {
        this.rules = feed.rules(pseudonymizer, loadDay);
        this.masker = new RecordMasker(feed);
    }

    @Override
    public IngestOutcome<T> process(IngestItem item) {
        if (item instanceof IngestItem.End end) {
            return new IngestOutcome.End<>(end.drop());
        }
        if (item instanceof IngestItem.Rejected rejected) {
            return new IngestOutcome.Rejected<>(rejected.drop(), rejected.reason());
        }
        return apply((IngestItem.Rows) item);
    }

    private IngestOutcome<T> apply(IngestItem.Rows rows) {
        List<LakeRow<T>> accepted = new ArrayList<>(rows.records().size());
        List<RejectRow> rejected = new ArrayList<>();
        Lineage lineage = rows.lineage();
        for (SourceRecord record : rows.records()) {
            if (record.malformed() != null) {
                rejected.add(reject(lineage, record, "malformed_record", record.malformed(), ""));
                continue;
            }
            try {
                accepted.add(new LakeRow<>(rules.apply(record), lineage, record.sourceFile(), record.recordNo()));
            } catch (RuleViolation violation) {
                rejected.add(reject(lineage, record, violation.rule(), violation.detail(), masker.mask(record)));
            }
        }
        return new IngestOutcome.Batch<>(rows.drop(), accepted, rejected);
    }

    /** A reject; its detail echoes values already masked and cut, and no personal shape survives in it. */
    private static RejectRow reject(Lineage lineage, SourceRecord record, String rule, String detail,
            String masked) {
        return new RejectRow(lineage, record.sourceFile(), record.recordNo(), rule, Echo.text(detail), masked);
    }
}
