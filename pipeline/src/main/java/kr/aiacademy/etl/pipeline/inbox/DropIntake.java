package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;

/**
 * Lands one new file: takes its private copy, makes sure the file did not change meanwhile, unpacks the copy into
 * the drop's landing folder and checks its columns. Thread-safe: drops are landed in parallel.
 */
final class DropIntake {

    private final DataDir dataDir;
    private final DropUnpacker unpacker;

    DropIntake(DataDir dataDir, DropUnpacker unpacker) {
        this.dataDir = dataDir;
        this.unpacker = unpacker;
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

    /** Lands a private copy of the file: the copy is unpacked (and quarantined if rejected), never the file. */
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

    private static void checkName(FeedSpec<?> feed, String name) throws DropRejectedException {
        DropName dropName = DropName.parse(name);
        if (!dropName.feed().equals(feed.name())) {
            throw new DropRejectedException("drop " + name + " is in the " + feed.name() + " folder but named "
                    + "for the " + dropName.feed() + " feed");
        }
    }
}
