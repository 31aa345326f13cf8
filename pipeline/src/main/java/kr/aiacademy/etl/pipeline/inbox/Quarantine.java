package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kr.aiacademy.etl.pipeline.lake.DataDir;

/**
 * Rejected drops, kept for a person to look at: {@code quarantine/<feed>/<drop>} (the copy that was checked,
 * never the inbox path again) and {@code <drop>.reason}.
 */
final class Quarantine {

    private final DataDir dataDir;

    Quarantine(DataDir dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Puts a rejected drop into quarantine with its reason. {@code bytes} holds the drop's bytes: a snapshot,
     * moved in, or (for a second file with the same bytes) the copy already in quarantine, copied. Null for a
     * file that could not be read: then only the reason is written, and an older copy of that name is removed
     * so that the pair stays true.
     */
    void put(String feed, String dropName, Path bytes, boolean move, String reason) throws IOException {
        Path dir = Files.createDirectories(dataDir.quarantine(feed));
        Path copy = dir.resolve(dropName);
        if (bytes == null) {
            Files.deleteIfExists(copy);
        } else if (move) {
            Files.move(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
        } else if (!bytes.equals(copy)) {
            Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve(dropName + ".reason"), reason + System.lineSeparator());
    }
}
