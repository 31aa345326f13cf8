package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.RejectedFileException;
import kr.aiacademy.etl.pipeline.privacy.Echo;

/** Checks the columns of a landed drop's data files before any row is read. */
final class DropInspector {

    private DropInspector() {
    }

    /**
     * Rejects the drop if a file lacks a required column, names a column twice or cannot be read; returns
     * notes on unknown columns (ignored: schema drift).
     */
    static List<String> inspect(FeedSpec<?> feed, List<LandedFile> dataFiles) throws DropRejectedException {
        List<String> notes = new ArrayList<>();
        for (LandedFile file : dataFiles) {
            String name = file.name();
            Header header;
            try {
                header = feed.inspectColumns(file, name);
            } catch (RejectedFileException e) {
                throw new DropRejectedException(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw new DropRejectedException(name + " cannot be read: " + e.getMessage(), e);
            }
            List<String> duplicates = header.duplicates();
            if (!duplicates.isEmpty()) {
                throw new DropRejectedException(name + " names column(s) more than once: " + duplicates);
            }
            TreeSet<String> missing = new TreeSet<>(feed.requiredColumns());
            TreeSet<String> unknown = new TreeSet<>();
            for (String column : header.names()) {
                String normalized = Header.normalize(column);
                missing.remove(normalized);
                if (!feed.knownColumns().contains(normalized)) {
                    unknown.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new DropRejectedException(name + " lacks required column(s) " + String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                notes.add(name + ": unknown column(s) ignored: "
                        + String.join(", ", unknown.stream().map(Echo::value).toList()));
            }
        }
        return notes;
    }
}
