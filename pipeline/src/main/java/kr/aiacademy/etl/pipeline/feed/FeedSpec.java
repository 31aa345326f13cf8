package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import java.time.LocalDate;
import kr.aiacademy.etl.pipeline.normalize.Dates;

/** Everything the pipeline needs to know about one feed of the contract. */
public interface FeedSpec<T> {

    /** The feed's name, also its inbox folder: {@code enrollment}, {@code employment}, … */
    String name();

    /** Whether a file name (inside a drop) is a data file of this feed. */
    boolean isDataFile(String fileName);

    /** Opens one data file of this feed ({@code sourceFile}: its name in the drop, for lineage and messages). */
    RecordSource open(ByteSource file, String sourceFile) throws IOException;

    /**
     * The columns of a data file, to check them before any row is read: the header row of a CSV file; a JSON
     * feed gives the fields that occur in the file's records.
     */
    default Header inspectColumns(ByteSource file, String sourceFile) throws IOException {
        try (RecordSource source = open(file, sourceFile)) {
            return source.header();
        }
    }

    /** Columns that must be present (lower case); a file without one of them rejects its drop. */
    Set<String> requiredColumns();

    /** Every column the feed knows (lower case); others are ignored with a warning. */
    Set<String> knownColumns();

    /** Personal columns and how each is masked in the rejects store. */
    Map<String, UnaryOperator<String>> personalColumns();

    /**
     * The rules, bound to the pseudonym key and the load's day (Asia/Seoul): an event dated later than the day
     * after it is {@code future_date}.
     */
    RecordRules<T> rules(Pseudonymizer pseudonymizer, LocalDate loadDay);

    /** The rules of a load today (Asia/Seoul). */
    default RecordRules<T> rules(Pseudonymizer pseudonymizer) {
        return rules(pseudonymizer, LocalDate.now(Dates.SEOUL));
    }

    /** The data columns of the feed's lake files (lineage columns are added by the lake). */
    List<LakeColumn<T>> lakeColumns();

    /** When the feed is late unless {@code etl.freshness.<feed>.*} says otherwise; never by default. */
    default Lateness lateness() {
        return Lateness.NONE;
    }
}
