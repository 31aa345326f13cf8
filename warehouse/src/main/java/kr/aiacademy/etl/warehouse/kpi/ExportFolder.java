package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one export, {@code exports/<run date>/<execution id>/}: written as the hidden
 * {@code .<execution id>.partial/} beside it and renamed when complete, so it appears whole or not at all, and an
 * earlier export is never overwritten. {@code exports/latest} (public extracts: {@code exports/latest-public}) is a
 * relative symbolic link to the newest, replaced atomically: a new link under a temporary name renamed over it.
 */
final class ExportFolder {

    private final Path exports;
    private final Path target;
    private final Path partial;
    private final String latest;

    ExportFolder(Path exports, ExportRun run) {
        this.exports = exports.toAbsolutePath().normalize();
        Path day = this.exports.resolve(run.writtenAt().toLocalDate().toString());
        this.target = day.resolve(Long.toString(run.executionId()));
        this.partial = day.resolve("." + run.executionId() + ".partial");
        this.latest = run.isPublic() ? "latest-public" : "latest";
    }

    /** Starts the hidden folder (a leftover of an interrupted attempt of the same execution is removed). */
    Path open() throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "the export of this execution exists already: an export folder is never overwritten");
        }
        delete(partial);
        Files.createDirectories(partial);
        return partial;
    }

    /** Renames the complete folder to its name and points the latest link at it; returns the folder. */
    Path commit() throws IOException {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Path link = exports.resolve(latest);
        Path temporary = exports.resolve("." + latest + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, exports.relativize(target));
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Removes the hidden folder after a failure. */
    void abandon() throws IOException {
        delete(partial);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
