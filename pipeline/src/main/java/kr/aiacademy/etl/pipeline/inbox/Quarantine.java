package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.datadir.DataDir;

/**
 * Rejected drops, kept for a person to look at: {@code quarantine/<feed>/<drop>} (the copy that was checked,
 * never the inbox path again) and {@code <drop>.reason}. They hold raw personal data: folders are owner-only
 * (700), files owner read-write (600), whatever mode the drop was delivered with.
 */
final class Quarantine {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

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
        Path dir = Landing.createOwnerOnly(dataDir.quarantine(feed));
        Landing.createOwnerOnly(dir.getParent());
        Path copy = dir.resolve(dropName);
        if (bytes == null) {
            Files.deleteIfExists(copy);
        } else if (move) {
            Files.move(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
        } else if (!bytes.equals(copy)) {
            Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Path reasonFile = Files.writeString(dir.resolve(dropName + ".reason"), reason + System.lineSeparator());
        if (POSIX) {
            ownerReadWrite(reasonFile);
            if (bytes != null) {
                ownerReadWrite(copy);
            }
        }
    }

    /** Makes everything already in quarantine owner-only (older versions kept the delivered modes). */
    void restrictExisting() throws IOException {
        Path root = dataDir.quarantine();
        if (!POSIX || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p)) {
                    Landing.createOwnerOnly(p);
                } else if (Files.isRegularFile(p)) {
                    ownerReadWrite(p);
                }
            }
        }
    }

    private static void ownerReadWrite(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
