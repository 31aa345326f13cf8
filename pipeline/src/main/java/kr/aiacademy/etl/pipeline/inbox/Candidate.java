package kr.aiacademy.etl.pipeline.inbox;

import java.nio.file.Path;
import java.time.LocalDate;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;

/**
 * A new file of the inbox, to be landed: its feed, its state and digest when it was looked at, and its name
 * date. The first file of a run with these bytes leads ({@code sameBytesAs} of the others). A file that could not
 * be read has no digest ({@link #UNREADABLE}) but the reason.
 */
record Candidate(FeedSpec<?> feed, Path file, FileState state, String sha256, LocalDate date, Integer seq,
        Candidate sameBytesAs, String unreadable) {

    /** The digest recorded for a file that could not be read (it has none). */
    static final String UNREADABLE = "";

    String name() {
        return file.getFileName().toString();
    }
}
