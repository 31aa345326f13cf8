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

    private Landing() {
    }

    /** Empties the drop's landing folder (a crashed earlier attempt may have left files) and restricts it. */
    static void prepare(Path landing) throws IOException {
        delete(landing);
        Files.createDirectories(landing);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (Path p = landing; p != null && p.getFileName() != null
                    && !p.getFileName().toString().equals("landing"); p = p.getParent()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
            Path root = landing.getParent().getParent();
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
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
}
