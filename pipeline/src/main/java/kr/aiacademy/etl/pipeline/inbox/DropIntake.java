package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;

/**
 * Lands one new file: takes its private copy, makes sure the file did not change meanwhile, checks its columns and
 * moves it into the drop's landing folder as it is (an archive: unpacks its data files there). Thread-safe: drops
 * are landed in parallel.
 */
final class DropIntake {

    private final DataDir dataDir;
    private final UnpackLimits limits;
    private final DropUnpacker unpacker;

    DropIntake(DataDir dataDir, UnpackLimits limits) {
        this.dataDir = dataDir;
        this.limits = limits;
        this.unpacker = new DropUnpacker(limits, dataDir.space());
    }

    /**
     * What unpacking and checking a drop gave: notes, or why it is rejected (with the copy that was checked), or
     * that the file changed since it was digested (it is still being written).
     */
    record Outcome(String notes, String rejection, DropSnapshot rejected, String stillBeingWritten) {

        static Outcome rejected(String reason, DropSnapshot snapshot) {
            return new Outcome(null, reason, snapshot, null);
        }
    }

    /**
     * Lands a private copy of the file: the copy is checked (and quarantined if rejected), never the file. A drop of
     * one file is landed as it is, compressed or not: the copy moves into the landing folder once its columns are
     * checked (through the decompressor: only its start is read); an archive is unpacked into it.
     */
    Outcome land(Candidate candidate, boolean delivered) throws IOException {
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
            DropFormat format = DropFormat.of(candidate.name());
            List<String> notes = format.isSingleFile() ? landAsIs(feed, snapshot, format, landing)
                    : unpack(feed, snapshot, landing);
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

    /** Checks the one data file of a plain or compressed drop in its copy, then moves the copy into the landing. */
    private List<String> landAsIs(FeedSpec<?> feed, DropSnapshot snapshot, DropFormat format, Path landing)
            throws DropRejectedException, IOException {
        String name = snapshot.file().getFileName().toString();
        String inner = format.innerName(name);
        if (!feed.isDataFile(inner)) {
            throw new DropRejectedException(format == DropFormat.PLAIN
                    ? "drop '" + name + "' is not a data file of this feed"
                    : "'" + inner + "' inside " + name + " is not a data file of this feed");
        }
        LandedFile file = new LandedFile(snapshot.file(), name, limits);
        if (format == DropFormat.PLAIN) { // its whole size is known: a compressed one's is counted as it is read
            new ExpansionBudget(limits, file.size()).checkDeclared(file.size());
        }
        List<String> notes = DropInspector.inspect(feed, List.of(file));
        Landing.prepare(landing);
        Files.move(snapshot.file(), landing.resolve(name));
        return notes;
    }

    /** Unpacks an archive's data files into the landing and checks them; skipped entries are noted. */
    private List<String> unpack(FeedSpec<?> feed, DropSnapshot snapshot, Path landing)
            throws DropRejectedException, IOException {
        Landing.prepare(landing);
        UnpackResult unpacked = unpacker.unpack(snapshot.file(), landing, feed::isDataFile);
        List<String> notes = new ArrayList<>(DropInspector.inspect(feed, LandedFile.in(landing, limits)));
        if (!unpacked.skippedEntries().isEmpty()) {
            notes.add("skipped entries: " + String.join(", ", unpacked.skippedEntries()));
        }
        return notes;
    }

    private static void checkName(FeedSpec<?> feed, String name) throws DropRejectedException {
        DropName dropName = DropName.parse(name);
        if (!dropName.feed().equals(feed.name())) {
            throw new DropRejectedException("drop " + name + " is in the " + feed.name() + " folder but named "
                    + "for the " + dropName.feed() + " feed");
        }
    }
}
