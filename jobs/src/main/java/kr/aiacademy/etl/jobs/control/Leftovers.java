package kr.aiacademy.etl.jobs.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes what killed, stopped or failed runs left in the data directory, at the start of the next run (under the
 * load lock, so no other load is writing): warehouse builds never published ({@code .warehouse.duckdb.*.building}
 * and their {@code .wal}), what a build spilled ({@code warehouse/.spill/}), copies being landed
 * ({@code landing/.incoming/}, {@code landing/.pull/}), landing folders of drops the ledger does not hold as
 * landed, loaded or superseded (partial copies), and temporary lake, rejects and KPI history files
 * ({@code .<sha256>.parquet.tmp}, {@code history/…/.<execution id>.parquet.tmp}). The work of an interrupted run
 * is redone by its restart.
 */
@Component
public class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private final DataDir dataDir;
    private final DropLedger ledger;

    Leftovers(DataDir dataDir, DropLedger ledger) {
        this.dataDir = dataDir;
        this.ledger = ledger;
    }

    /** Removes the leftovers; a one-line summary of what was removed, or null when there were none. */
    public String clean() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path build : children(dataDir.warehouseDir())) {
            String name = build.getFileName().toString();
            if (name.startsWith(".") && (name.endsWith(".building") || name.endsWith(".building.wal"))
                    || build.equals(dataDir.spill())) {
                removed.add(build);
            }
        }
        Path landing = dataDir.incoming().getParent();
        removed.addAll(children(dataDir.incoming()));
        removed.addAll(children(landing.resolve(".pull")));
        Set<String> kept = ledger.landedCopies();
        for (Path feed : children(landing)) {
            if (!feed.getFileName().toString().startsWith(".")) {
                for (Path copy : children(feed)) {
                    if (!kept.contains(feed.getFileName() + "/" + copy.getFileName())) {
                        removed.add(copy);
                    }
                }
            }
        }
        removed.addAll(temporaryFiles(dataDir.root().resolve("lake")));
        removed.addAll(temporaryFiles(dataDir.root().resolve("rejects")));
        removed.addAll(temporaryFiles(dataDir.history()));
        if (removed.isEmpty()) {
            return null;
        }
        long bytes = 0;
        for (Path path : removed) {
            bytes += delete(path);
        }
        String summary = String.format(Locale.ROOT, "removed %d leftover(s) of interrupted runs (%.1f MB): %s",
                removed.size(), bytes / 1e6, names(removed));
        log.warn(summary);
        return summary;
    }

    private String names(List<Path> removed) {
        List<String> names = removed.stream().limit(5).map(p -> dataDir.root().relativize(p).toString()).toList();
        return String.join(", ", names) + (removed.size() > names.size() ? ", ..." : "");
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
    }

    private static List<Path> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    /** Deletes a file or a whole folder (never following links); the bytes it held. */
    private static long delete(Path path) throws IOException {
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    bytes += Files.size(p);
                }
                Files.delete(p);
            }
        }
        return bytes;
    }
}
