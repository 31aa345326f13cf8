package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers new drops in the inbox and lands them: digest, exactly-once check against the ledger, safe
 * unpacking into the landing area and a column check. A drop that fails is copied to quarantine with a reason
 * file; the others go on. Drops are unpacked in parallel; the ledger records them in name order.
 */
public final class DropLander {

    private static final Logger log = LoggerFactory.getLogger(DropLander.class);

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final DropUnpacker unpacker;
    private final Clock clock;
    private final int threads;
    private final Quarantine quarantine;

    /** A lander unpacking one drop at a time. */
    public DropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, Clock clock) {
        this(ledger, dataDir, limits, clock, 1);
    }

    /** A lander unpacking up to {@code threads} drops at the same time. */
    public DropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, Clock clock, int threads) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.unpacker = new DropUnpacker(limits);
        this.clock = clock;
        this.threads = Math.max(1, threads);
        this.quarantine = new Quarantine(dataDir);
    }

    /** The digest recorded for a file that could not be read (it has none). */
    static final String UNREADABLE = "";

    /**
     * A new file in the inbox: its feed, digest and name date; the first of the run with these bytes leads. A file
     * that could not be read has no digest but the reason.
     */
    private record Candidate(FeedSpec<?> feed, Path file, String sha256, LocalDate date, Integer seq,
            Candidate sameBytesAs, String unreadable) {
    }

    /**
     * Entries of the inbox no feed reads (files at its top, folders not named after a feed): not loaded, to be
     * reported.
     */
    public List<String> strays(Path inbox, List<? extends FeedSpec<?>> feeds) throws IOException {
        return InboxListing.strays(inbox, feeds.stream().map(FeedSpec::name).toList());
    }

    /**
     * Lands every new drop of the given feeds, each feed's drops in name order. Only regular files are read, never
     * through a link; other entries are passed over and reported.
     */
    public LandingRun land(Path inbox, List<? extends FeedSpec<?>> feeds, Long jobExecutionId) throws IOException {
        quarantine.restrictExisting();
        List<Candidate> candidates = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>();
        Map<String, Candidate> leaders = new HashMap<>();
        for (FeedSpec<?> feed : feeds) {
            InboxListing.Listing listing = InboxListing.of(feed.name(), inbox.resolve(feed.name()));
            passedOver.addAll(listing.passedOver());
            for (Path drop : listing.drops()) {
                String name = drop.getFileName().toString();
                String sha256 = UNREADABLE;
                String unreadable = null;
                try {
                    sha256 = Sha256.of(drop);
                } catch (UnreadableFileException e) {
                    unreadable = e.getMessage();
                }
                if (ledger.isKnown(feed.name(), name, sha256)) {
                    continue;
                }
                DropName parsed = InboxListing.parseQuietly(name);
                Candidate leader = unreadable == null ? leaders.get(feed.name() + "/" + sha256) : null;
                Candidate candidate = new Candidate(feed, drop, sha256, parsed == null ? null : parsed.date(),
                        parsed == null ? null : parsed.seq(), leader, unreadable);
                leaders.putIfAbsent(feed.name() + "/" + sha256, candidate);
                candidates.add(candidate);
            }
        }
        Map<Candidate, Future<Outcome>> outcomes = unpackAll(candidates);
        List<LandingEvent> events = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Candidate leader = candidate.sameBytesAs() == null ? candidate : candidate.sameBytesAs();
            events.add(record(candidate, outcome(outcomes.get(leader)), jobExecutionId));
        }
        for (PassedOver entry : passedOver) {
            log.warn("passed over {}", entry.describe());
        }
        return new LandingRun(events, passedOver);
    }

    /**
     * Lands a file a pull produced (its name is its drop name; date and sequence are given, not parsed), through
     * the same digest, duplicate, unpacking and column checks as a delivered drop.
     */
    public LandingEvent landPulled(FeedSpec<?> feed, Path file, LocalDate date, int seq, Long jobExecutionId)
            throws IOException {
        Candidate candidate = new Candidate(feed, file, Sha256.of(file), date, seq, null, null);
        return record(candidate, unpack(candidate, false), jobExecutionId);
    }

    /** What unpacking and checking a drop gave: notes, or why it is rejected (with the copy that was checked). */
    private record Outcome(String notes, String rejection, DropSnapshot rejected) {
    }

    private Map<Candidate, Future<Outcome>> unpackAll(List<Candidate> candidates) {
        Map<Candidate, Future<Outcome>> outcomes = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Candidate candidate : candidates) {
                if (candidate.sameBytesAs() == null && ledger.acceptedWithDigest(candidate.feed().name(),
                        candidate.sha256()).isEmpty()) {
                    outcomes.put(candidate, pool.submit(() -> unpack(candidate, true)));
                }
            }
        } finally {
            pool.shutdown();
        }
        return outcomes;
    }

    /** Lands a private copy of the file: the copy is unpacked (and quarantined if rejected), never the file. */
    private Outcome unpack(Candidate candidate, boolean delivered) throws IOException {
        FeedSpec<?> feed = candidate.feed();
        Path landing = dataDir.landing(feed.name(), candidate.sha256());
        DropSnapshot snapshot;
        try {
            if (candidate.unreadable() != null) {
                return new Outcome(null, candidate.unreadable(), null);
            }
            snapshot = DropSnapshot.take(candidate.file(), dataDir.incoming());
        } catch (UnreadableFileException e) {
            return new Outcome(null, e.getMessage(), null);
        }
        try {
            if (delivered) {
                checkName(feed, candidate.file().getFileName().toString());
            }
            Landing.prepare(landing);
            UnpackResult unpacked = unpacker.unpack(snapshot.file(), landing, feed::isDataFile);
            List<String> notes = new ArrayList<>(DropInspector.inspect(feed, landing, unpacked.dataFiles()));
            if (!unpacked.skippedEntries().isEmpty()) {
                notes.add("skipped entries: " + String.join(", ", unpacked.skippedEntries()));
            }
            snapshot.discard();
            return new Outcome(notes.isEmpty() ? null : String.join("; ", notes), null, null);
        } catch (DropRejectedException e) {
            Landing.delete(landing);
            return new Outcome(null, e.getMessage(), snapshot);
        } catch (IOException | RuntimeException e) {
            snapshot.discard();
            throw e;
        }
    }

    private static Outcome outcome(Future<Outcome> future) throws IOException {
        if (future == null) {
            return null;
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking drops", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    /** Records a candidate in the ledger: a duplicate of an accepted drop, else as its unpacking turned out. */
    private LandingEvent record(Candidate candidate, Outcome outcome, Long jobExecutionId) throws IOException {
        FeedSpec<?> feed = candidate.feed();
        String name = candidate.file().getFileName().toString();
        long size = Files.size(candidate.file());
        LocalDateTime now = LocalDateTime.now(clock);
        String original = ledger.acceptedWithDigest(feed.name(), candidate.sha256()).orElse(null);
        if (original != null) {
            ledger.record(entry(feed, candidate, size, DropStatus.DUPLICATE, null, null, original, now,
                    jobExecutionId));
            log.info("drop {}/{} is a re-delivery of {}: DUPLICATE", feed.name(), name, original);
            return new LandingEvent(feed.name(), name, DropStatus.DUPLICATE, "same bytes as " + original);
        }
        if (outcome.rejection() != null) {
            quarantine(candidate, outcome);
            ledger.record(entry(feed, candidate, size, DropStatus.REJECTED, outcome.rejection(), null, null, now,
                    jobExecutionId));
            log.warn("drop {}/{} REJECTED: {}", feed.name(), name, outcome.rejection());
            return new LandingEvent(feed.name(), name, DropStatus.REJECTED, outcome.rejection());
        }
        String notes = correctionNote(candidate, outcome.notes());
        ledger.record(entry(feed, candidate, size, DropStatus.LANDED, null, notes, null, now, jobExecutionId));
        log.info("drop {}/{} landed{}", feed.name(), name, notes == null ? "" : ": " + notes);
        return new LandingEvent(feed.name(), name, DropStatus.LANDED, notes);
    }

    /** A correction says which delivery of its name it replaces (once it is loaded). */
    private String correctionNote(Candidate candidate, String notes) {
        String name = candidate.file().getFileName().toString();
        return ledger.correctedBy(candidate.feed().name(), name, candidate.sha256())
                .map(earlier -> "correction: replaces the delivery of " + earlier.firstSeenAt().toLocalDate()
                        + " (sha256 " + earlier.sha256().substring(0, 12) + "…)"
                        + (notes == null ? "" : "; " + notes))
                .orElse(notes);
    }

    /** The first file with these bytes brings its checked copy; a second one copies the first one's. */
    private void quarantine(Candidate candidate, Outcome outcome) throws IOException {
        String feed = candidate.feed().name();
        String name = candidate.file().getFileName().toString();
        if (candidate.sameBytesAs() != null) {
            quarantine.put(feed, name, dataDir.quarantine(feed).resolve(candidate.sameBytesAs().file().getFileName()
                    .toString()), false, outcome.rejection());
        } else if (outcome.rejected() != null) {
            quarantine.put(feed, name, outcome.rejected().file(), true, outcome.rejection());
            outcome.rejected().discard();
        } else {
            quarantine.put(feed, name, null, false, outcome.rejection());
        }
    }

    private static void checkName(FeedSpec<?> feed, String name) throws DropRejectedException {
        DropName dropName = DropName.parse(name);
        if (!dropName.feed().equals(feed.name())) {
            throw new DropRejectedException("drop " + name + " is in the " + feed.name() + " folder but named "
                    + "for the " + dropName.feed() + " feed");
        }
    }

    private static LedgerEntry entry(FeedSpec<?> feed, Candidate candidate, long size, DropStatus status,
            String reason, String notes, String duplicateOf, LocalDateTime now, Long jobExecutionId) {
        return new LedgerEntry(0, feed.name(), candidate.file().getFileName().toString(), candidate.sha256(), size,
                candidate.date(), candidate.seq(), status, reason, notes, duplicateOf, null, null, now, null,
                now.toLocalDate(), jobExecutionId);
    }
}
