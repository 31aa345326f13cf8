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
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers new drops in the inbox and lands them: digest, exactly-once check against the ledger, a column check
 * and a copy into the landing area as delivered (an archive safely unpacked). A drop that fails is copied to quarantine with a reason
 * file; the others go on. Drops are unpacked in parallel; the ledger records them in name order.
 */
public final class DropLander {

    private static final Logger log = LoggerFactory.getLogger(DropLander.class);

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final DropIntake intake;
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
        this.intake = new DropIntake(dataDir, limits);
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
        Map<Candidate, Future<DropIntake.Outcome>> outcomes = unpackAll(found.candidates());
        List<LandingEvent> events = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>(found.passedOver());
        for (Candidate candidate : found.candidates()) {
            Candidate leader = candidate.sameBytesAs() == null ? candidate : candidate.sameBytesAs();
            DropIntake.Outcome outcome = outcome(outcomes.get(leader));
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
        return record(candidate, intake.land(candidate, false), jobExecutionId);
    }

    private Map<Candidate, Future<DropIntake.Outcome>> unpackAll(List<Candidate> candidates) {
        Map<Candidate, Future<DropIntake.Outcome>> outcomes = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Candidate candidate : candidates) {
                if (candidate.sameBytesAs() == null && ledger.acceptedWithDigest(candidate.feed().name(),
                        candidate.sha256()).isEmpty()) {
                    outcomes.put(candidate, pool.submit(() -> intake.land(candidate, true)));
                }
            }
        } finally {
            pool.shutdown();
        }
        return outcomes;
    }

    private static DropIntake.Outcome outcome(Future<DropIntake.Outcome> future) throws IOException {
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
    private LandingEvent record(Candidate candidate, DropIntake.Outcome outcome, Long jobExecutionId) throws IOException {
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
    private void quarantine(Candidate candidate, DropIntake.Outcome outcome) throws IOException {
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

    private static LedgerEntry entry(FeedSpec<?> feed, Candidate candidate, long size, DropStatus status,
            String reason, String notes, String duplicateOf, LocalDateTime now, Long jobExecutionId) {
        return new LedgerEntry(0, feed.name(), candidate.name(), candidate.sha256(), size,
                candidate.date(), candidate.seq(), status, reason, notes, duplicateOf, null, null, now, null,
                now.toLocalDate(), jobExecutionId);
    }
}
