package kr.aiacademy.etl.warehouse.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kr.aiacademy.etl.warehouse.query.DuckDb;

/**
 * Publishes a built warehouse by renaming it over the published file in one atomic step (same folder, so the
 * same file system). Readers holding the old file keep reading it; new connections see the new one.
 */
public final class Publisher {

    private Publisher() {
    }

    public static void publish(Path built, Path published) throws IOException {
        Path wal = DuckDb.writeAheadLog(built);
        if (Files.exists(wal)) {
            throw new IOException("refusing to publish " + built + ": its write-ahead log " + wal
                    + " still exists (not checkpointed)");
        }
        if (!built.toAbsolutePath().getParent().equals(published.toAbsolutePath().getParent())) {
            throw new IOException("a build must sit beside the published file to be renamed atomically: "
                    + built + " vs " + published);
        }
        Files.move(built, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Where a build for the given published file is written before it is published. */
    public static Path buildPath(Path published, String suffix) {
        return published.resolveSibling("." + published.getFileName() + "." + suffix + ".building");
    }
}
