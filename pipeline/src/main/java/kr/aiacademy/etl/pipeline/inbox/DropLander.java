package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers new drops in the inbox and lands them: digest, exactly-once check against the ledger, safe
 * unpacking into the landing area and a column check. A drop that fails is copied to quarantine with a reason
 * file; the others go on.
 */
public final class DropLander {

    private static final Logger log = LoggerFactory.getLogger(DropLander.class);

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final DropUnpacker unpacker;
    private final Clock clock;

    public DropLander(DropLedger ledger, DataDir dataDir, UnpackLimits limits, Clock clock) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.unpacker = new DropUnpacker(limits);
        this.clock = clock;
    }

    /** Lands every new drop of the given feeds, feed by feed, each feed's drops in name order. */
    public List<LandingEvent> land(Path inbox, List<? extends FeedSpec<?>> feeds, Long jobExecutionId)
            throws IOException {
        List<LandingEvent> events = new ArrayList<>();
        for (FeedSpec<?> feed : feeds) {
            for (Path drop : InboxListing.drops(inbox.resolve(feed.name()))) {
                LandingEvent event = landOne(feed, drop, jobExecutionId);
                if (event != null) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private LandingEvent landOne(FeedSpec<?> feed, Path drop, Long jobExecutionId) throws IOException {
        String name = drop.getFileName().toString();
        DropName parsed = parseQuietly(name);
        return land(feed, drop, parsed == null ? null : parsed.date(), parsed == null ? null : parsed.seq(),
                jobExecutionId, () -> checkName(feed, name));
    }

    /**
     * Lands a file a pull produced (its name is its drop name; date and sequence are given, not parsed), through
     * the same digest, duplicate, unpacking and column checks as a delivered drop.
     */
    public LandingEvent landPulled(FeedSpec<?> feed, Path file, LocalDate date, int seq, Long jobExecutionId)
            throws IOException {
        return land(feed, file, date, seq, jobExecutionId, () -> { });
    }

    private LandingEvent land(FeedSpec<?> feed, Path drop, LocalDate date, Integer seq, Long jobExecutionId,
            NameCheck nameCheck) throws IOException {
        String name = drop.getFileName().toString();
        String sha256 = Sha256.of(drop);
        if (ledger.isKnown(feed.name(), name, sha256)) {
            return null;
        }
        long size = Files.size(drop);
        LocalDateTime now = LocalDateTime.now(clock);
        String original = ledger.acceptedWithDigest(feed.name(), sha256).orElse(null);
        if (original != null) {
            ledger.record(entry(feed, name, sha256, size, date, seq, DropStatus.DUPLICATE, null, null, original, now,
                    jobExecutionId));
            log.info("drop {}/{} is a re-delivery of {}: DUPLICATE", feed.name(), name, original);
            return new LandingEvent(feed.name(), name, DropStatus.DUPLICATE, "same bytes as " + original);
        }
        Path landing = dataDir.landing(feed.name(), sha256);
        try {
            nameCheck.check();
            Landing.prepare(landing);
            UnpackResult unpacked = unpacker.unpack(drop, landing, feed::isDataFile);
            List<String> notes = new ArrayList<>(DropInspector.inspect(feed, landing, unpacked.dataFiles()));
            if (!unpacked.skippedEntries().isEmpty()) {
                notes.add("skipped entries: " + String.join(", ", unpacked.skippedEntries()));
            }
            String joined = notes.isEmpty() ? null : String.join("; ", notes);
            ledger.record(entry(feed, name, sha256, size, date, seq, DropStatus.LANDED, null, joined, null, now,
                    jobExecutionId));
            log.info("drop {}/{} landed: {} data file(s){}", feed.name(), name, unpacked.dataFiles().size(),
                    joined == null ? "" : "; " + joined);
            return new LandingEvent(feed.name(), name, DropStatus.LANDED, joined);
        } catch (DropRejectedException e) {
            Landing.delete(landing);
            quarantine(feed, drop, e.getMessage());
            ledger.record(entry(feed, name, sha256, size, date, seq, DropStatus.REJECTED, e.getMessage(), null, null,
                    now, jobExecutionId));
            log.warn("drop {}/{} REJECTED: {}", feed.name(), name, e.getMessage());
            return new LandingEvent(feed.name(), name, DropStatus.REJECTED, e.getMessage());
        }
    }

    private static void checkName(FeedSpec<?> feed, String name) throws DropRejectedException {
        DropName dropName = DropName.parse(name);
        if (!dropName.feed().equals(feed.name())) {
            throw new DropRejectedException("drop " + name + " is in the " + feed.name() + " folder but named "
                    + "for the " + dropName.feed() + " feed");
        }
    }

    /** A check of a drop's name that may reject it. */
    @FunctionalInterface
    private interface NameCheck {
        void check() throws DropRejectedException;
    }

    private void quarantine(FeedSpec<?> feed, Path drop, String reason) throws IOException {
        Path dir = Files.createDirectories(dataDir.quarantine(feed.name()));
        String name = drop.getFileName().toString();
        Files.copy(drop, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(name + ".reason"), reason + System.lineSeparator());
    }

    private static DropName parseQuietly(String name) {
        try {
            return DropName.parse(name);
        } catch (DropRejectedException e) {
            return null;
        }
    }

    private LedgerEntry entry(FeedSpec<?> feed, String name, String sha256, long size, LocalDate date, Integer seq,
            DropStatus status, String reason, String notes, String duplicateOf, LocalDateTime now,
            Long jobExecutionId) {
        return new LedgerEntry(0, feed.name(), name, sha256, size, date, seq, status, reason, notes, duplicateOf,
                null, null, now, null, now.toLocalDate(), jobExecutionId);
    }

    /** Lists the drops of one feed folder. */
    static final class InboxListing {
        private InboxListing() {
        }

        /**
         * Regular files of the folder, in the order they must be applied (date, sequence, name); files whose name
         * does not parse come last, by name. Hidden files and files still being written ({@code .part},
         * {@code .tmp}) are not drops yet.
         */
        static List<Path> drops(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile)
                        .filter(p -> isCandidate(p.getFileName().toString()))
                        .sorted(InboxListing::compare)
                        .toList();
            }
        }

        private static boolean isCandidate(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return !name.startsWith(".") && !lower.endsWith(".part") && !lower.endsWith(".tmp")
                    && !lower.endsWith(".partial");
        }

        private static int compare(Path a, Path b) {
            DropName x = parseQuietly(a.getFileName().toString());
            DropName y = parseQuietly(b.getFileName().toString());
            if (x != null && y != null) {
                return DropName.ORDER.compare(x, y);
            }
            if (x == null && y == null) {
                return a.getFileName().toString().compareTo(b.getFileName().toString());
            }
            return x == null ? 1 : -1;
        }
    }
}
