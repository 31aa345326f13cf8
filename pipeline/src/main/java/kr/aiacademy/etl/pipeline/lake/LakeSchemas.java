package kr.aiacademy.etl.pipeline.lake;

import java.util.ArrayList;
import java.util.List;

/** The full schemas of lake and rejects files: a feed's data columns plus the lineage columns. */
public final class LakeSchemas {

    private LakeSchemas() {
    }

    /** A feed's lake file: its data columns, then drop digest, drop name, file in the drop, record number. */
    public static <T> LakeSchema<LakeRow<T>> rows(String feed, List<LakeColumn<T>> dataColumns) {
        List<LakeColumn<LakeRow<T>>> columns = new ArrayList<>();
        for (LakeColumn<T> column : dataColumns) {
            columns.add(new LakeColumn<>(column.name(), column.type(), column.dictionary(),
                    row -> column.value().apply(row.value())));
        }
        columns.add(LakeColumn.of("drop_sha256", LakeType.STRING, row -> row.lineage().dropSha256()));
        columns.add(LakeColumn.of("drop_name", LakeType.STRING, row -> row.lineage().dropName()));
        columns.add(LakeColumn.of("drop_date", LakeType.DATE, row -> row.lineage().dropDate()));
        columns.add(LakeColumn.of("drop_seq", LakeType.INT, row -> row.lineage().dropSeq()));
        columns.add(LakeColumn.of("drop_seen_at", LakeType.TIMESTAMP, row -> row.lineage().dropSeenAt()));
        columns.add(LakeColumn.of("source_file", LakeType.STRING, LakeRow::sourceFile));
        columns.add(LakeColumn.unique("record_no", LakeType.LONG, LakeRow::recordNo));
        columns.add(LakeColumn.of("ingested_at", LakeType.TIMESTAMP, row -> row.lineage().ingestedAt()));
        return new LakeSchema<>(feed, columns);
    }

    /** A rejects file: one row per rejected record, personal data masked. */
    public static LakeSchema<RejectRow> rejects() {
        return new LakeSchema<>("rejects", List.of(
                LakeColumn.of("feed", LakeType.STRING, r -> r.lineage().feed()),
                LakeColumn.of("drop_name", LakeType.STRING, r -> r.lineage().dropName()),
                LakeColumn.of("drop_sha256", LakeType.STRING, r -> r.lineage().dropSha256()),
                LakeColumn.of("source_file", LakeType.STRING, RejectRow::sourceFile),
                LakeColumn.unique("record_no", LakeType.LONG, RejectRow::recordNo),
                LakeColumn.of("rule", LakeType.STRING, RejectRow::rule),
                LakeColumn.unique("detail", LakeType.STRING, RejectRow::detail),
                LakeColumn.unique("masked_record", LakeType.STRING, RejectRow::maskedRecord),
                LakeColumn.of("ingested_at", LakeType.TIMESTAMP, r -> r.lineage().ingestedAt())));
    }
}
