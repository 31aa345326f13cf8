package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** The landing area holds raw copies (personal data in clear): owner-only folders, cleared before reuse. */
final class Landing {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Landing() {
    }

    /** Empties the drop's landing folder (a crashed earlier attempt may have left files) and restricts it. */
    static void prepare(Path landing) throws IOException {
        delete(landing);
        Files.createDirectories(landing);
        if (POSIX) {
            for (Path p = landing; p != null && p.getFileName() != null
                    && !p.getFileName().toString().equals("landing"); p = p.getParent()) {
                ownerOnly(p);
            }
            ownerOnly(landing.getParent().getParent());
        }
    }

    /** Creates the folder (and missing parents) if needed and makes it owner-only. */
    static Path createOwnerOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (POSIX) {
            ownerOnly(dir);
        }
        return dir;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void ownerOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
}
