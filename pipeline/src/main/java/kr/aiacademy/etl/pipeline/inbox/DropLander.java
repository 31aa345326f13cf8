package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
    private final InboxScan scan;

    /** A lander unpacking one drop at a time. */
    public DropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, Clock clock) {
        this(ledger, dataDir, limits, clock, 1, Duration.ZERO);
    }

    /**
     * A lander unpacking up to {@code threads} drops at the same time, passing over files changed more recently
     * than {@code settleTime}.
     */
    public DropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, Clock clock, int threads,
            Duration settleTime) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.unpacker = new DropUnpacker(limits, dataDir.space());
        this.clock = clock;
        this.threads = Math.max(1, threads);
        this.quarantine = new Quarantine(dataDir);
        this.scan = new InboxScan(ledger, clock, settleTime);
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
     * through a link; other entries, and files still being written, are passed over and reported.
     */
    public LandingRun land(Path inbox, List<? extends FeedSpec<?>> feeds, Long jobExecutionId) throws IOException {
        quarantine.restrictExisting();
        InboxScan.Result found = scan.scan(inbox, feeds);
        Map<Candidate, Future<Outcome>> outcomes = unpackAll(found.candidates());
        List<LandingEvent> events = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>(found.passedOver());
        for (Candidate candidate : found.candidates()) {
            Candidate leader = candidate.sameBytesAs() == null ? candidate : candidate.sameBytesAs();
            Outcome outcome = outcome(outcomes.get(leader));
            if (outcome != null && outcome.stillBeingWritten() != null) {
                passedOver.add(new PassedOver(candidate.feed().name(), candidate.name(), outcome.stillBeingWritten()));
            } else {
                events.add(record(candidate, outcome, jobExecutionId));
            }
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
        Candidate candidate = new Candidate(feed, file, FileState.of(file), Sha256.of(file), date, seq, null, null);
        return record(candidate, unpack(candidate, false), jobExecutionId);
    }

    /**
     * What unpacking and checking a drop gave: notes, or why it is rejected (with the copy that was checked), or
     * that the file changed since it was digested (it is still being written).
     */
    private record Outcome(String notes, String rejection, DropSnapshot rejected, String stillBeingWritten) {

        static Outcome rejected(String reason, DropSnapshot snapshot) {
            return new Outcome(null, reason, snapshot, null);
        }
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
                return Outcome.rejected(candidate.unreadable(), null);
            }
            snapshot = DropSnapshot.take(candidate.file(), candidate.state().size(), dataDir);
        } catch (UnreadableFileException e) {
            return Outcome.rejected(e.getMessage(), null);
        }
        if (!snapshot.sha256().equals(candidate.sha256())
                || candidate.state().changedSince(FileState.ofOrNull(candidate.file()))) {
            snapshot.discard();
            return new Outcome(null, null, null, InboxScan.stillBeingWritten("it changed while it was landed"));
        }
        try {
            if (delivered) {
                checkName(feed, candidate.name());
            }
            Landing.prepare(landing);
            UnpackResult unpacked = unpacker.unpack(snapshot.file(), landing, feed::isDataFile);
            List<String> notes = new ArrayList<>(DropInspector.inspect(feed, landing, unpacked.dataFiles()));
            if (!unpacked.skippedEntries().isEmpty()) {
                notes.add("skipped entries: " + String.join(", ", unpacked.skippedEntries()));
            }
            snapshot.discard();
            return new Outcome(notes.isEmpty() ? null : String.join("; ", notes), null, null, null);
        } catch (DropRejectedException e) {
            Landing.delete(landing);
            return Outcome.rejected(e.getMessage(), snapshot);
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
        String name = candidate.name();
        long size = candidate.state().size();
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
        String name = candidate.name();
        return ledger.correctedBy(candidate.feed().name(), name, candidate.sha256())
                .map(earlier -> "correction: replaces the delivery of " + earlier.firstSeenAt().toLocalDate()
                        + " (sha256 " + earlier.sha256().substring(0, 12) + "…)"
                        + (notes == null ? "" : "; " + notes))
                .orElse(notes);
    }

    /** The first file with these bytes brings its checked copy; a second one copies the first one's. */
    private void quarantine(Candidate candidate, Outcome outcome) throws IOException {
        String feed = candidate.feed().name();
        String name = candidate.name();
        if (candidate.sameBytesAs() != null) {
            quarantine.put(feed, name, dataDir.quarantine(feed).resolve(candidate.sameBytesAs().name()), false,
                    outcome.rejection());
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
        return new LedgerEntry(0, feed.name(), candidate.name(), candidate.sha256(), size,
                candidate.date(), candidate.seq(), status, reason, notes, duplicateOf, null, null, now, null,
                now.toLocalDate(), jobExecutionId);
    }
}
