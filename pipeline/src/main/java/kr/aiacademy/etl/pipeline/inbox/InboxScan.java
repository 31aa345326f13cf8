package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;

/**
 * Finds the new files of the inbox: each regular file is looked at ({@code lstat}), digested and looked at again.
 * A file the ledger knows (name and digest) is passed over silently; a file that changed while it was read, or
 * changed more recently than the settle time, is still being written: passed over and reported, looked at again
 * next run.
 */
final class InboxScan {

    /**
     * What the scan found.
     *
     * @param candidates new files, each feed's in the order they must be applied
     * @param passedOver entries not landed this run, with the reason
     */
    record Result(List<Candidate> candidates, List<PassedOver> passedOver) {
    }

    private final DropLedger ledger;
    private final Clock clock;
    private final Duration settleTime;

    InboxScan(DropLedger ledger, Clock clock, Duration settleTime) {
        this.ledger = ledger;
        this.clock = clock;
        this.settleTime = settleTime;
    }

    Result scan(Path inbox, List<? extends FeedSpec<?>> feeds) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>();
        Map<String, Candidate> leaders = new HashMap<>();
        for (FeedSpec<?> feed : feeds) {
            InboxListing.Listing listing = InboxListing.of(feed.name(), inbox.resolve(feed.name()));
            passedOver.addAll(listing.passedOver());
            for (Path drop : listing.drops()) {
                String name = drop.getFileName().toString();
                FileState before = FileState.ofOrNull(drop);
                if (before == null) {
                    continue; // gone since it was listed
                }
                Duration age = before.age(clock.instant());
                if (age.compareTo(settleTime) < 0) {
                    passedOver.add(new PassedOver(feed.name(), name, stillBeingWritten("it changed "
                            + seconds(age) + " ago, within the settle time of " + seconds(settleTime))));
                    continue;
                }
                String sha256 = Candidate.UNREADABLE;
                String unreadable = null;
                try {
                    sha256 = Sha256.of(drop);
                } catch (UnreadableFileException e) {
                    unreadable = e.getMessage();
                }
                if (before.changedSince(FileState.ofOrNull(drop))) {
                    passedOver.add(new PassedOver(feed.name(), name, stillBeingWritten("it changed while it was read")));
                    continue;
                }
                if (ledger.isKnown(feed.name(), name, sha256)) {
                    continue;
                }
                DropName parsed = InboxListing.parseQuietly(name);
                String key = feed.name() + "/" + sha256;
                Candidate candidate = new Candidate(feed, drop, before, sha256, parsed == null ? null : parsed.date(),
                        parsed == null ? null : parsed.seq(), unreadable == null ? leaders.get(key) : null,
                        unreadable);
                leaders.putIfAbsent(key, candidate);
                candidates.add(candidate);
            }
        }
        return new Result(candidates, passedOver);
    }

    /** The reason a file still being written is passed over. */
    static String stillBeingWritten(String why) {
        return "still being written (" + why + "): not landed this run, loaded once it stops changing";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
