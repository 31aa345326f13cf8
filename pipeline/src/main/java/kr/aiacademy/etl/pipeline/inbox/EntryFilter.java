package kr.aiacademy.etl.pipeline.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Decides, entry by entry, whether to reject the drop, skip the entry or write it. */
final class EntryFilter {

    private static final int LISTED_IN_MESSAGES = 5;

    private final Drop drop;
    private final Predicate<String> isDataFileName;
    private final List<String> skipped = new ArrayList<>();

    EntryFilter(Drop drop, Predicate<String> isDataFileName) {
        this.drop = drop;
        this.isDataFileName = isDataFileName;
    }

    /** Rejects the whole drop for an absolute, climbing or link entry. */
    void checkSafe(ArchiveItem item) throws DropRejectedException {
        if (EntryPaths.isUnsafe(item.name())) {
            throw new DropRejectedException(EntryPaths.unsafeReason(item.name(), drop.name()));
        }
        if (item.link()) {
            throw new DropRejectedException(EntryPaths.linkReason(item.name(), drop.name()));
        }
    }

    /**
     * The path segments to write the entry to, or null when it is not written. Directories are passed
     * over silently; other entries that are not data files are recorded as skipped.
     */
    List<String> admit(ArchiveItem item) throws DropRejectedException {
        checkSafe(item);
        List<String> segments = EntryPaths.segments(item.name());
        if (item.directory() || segments.isEmpty()) {
            return null;
        }
        if (!item.regularFile() || !EntryPaths.isDataFile(segments, isDataFileName)) {
            skipped.add(item.name());
            return null;
        }
        return segments;
    }

    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** The rejection for an archive without any data file. */
    DropRejectedException noDataFile() {
        String found;
        if (skipped.isEmpty()) {
            found = "the archive holds no files";
        } else {
            List<String> shown = skipped.subList(0, Math.min(LISTED_IN_MESSAGES, skipped.size()));
            found = "found only " + String.join(", ", shown) + (skipped.size() > shown.size() ? ", ..." : "");
        }
        return new DropRejectedException("no data file in " + drop.name()
                + " (expected at least one data file of this feed; " + found + ")");
    }
}
