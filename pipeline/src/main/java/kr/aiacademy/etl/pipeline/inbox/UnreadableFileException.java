package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;

/**
 * An inbox file could not be read (no permission, an I/O error of its disk, ...). Its message is the reason a
 * person needs: the file, the system's reason and, where there is one, its mode and owner.
 */
final class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private UnreadableFileException(String message, IOException cause) {
        super(message, cause);
    }

    /** Wraps a failure reading {@code file}. */
    static UnreadableFileException of(Path file, IOException cause) {
        return new UnreadableFileException("cannot read " + file.getFileName() + ": " + DiskSpace.reason(cause)
                + modeAndOwner(file), cause);
    }

    private static String modeAndOwner(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return " (mode " + PosixFilePermissions.toString(attributes.permissions()) + ", owner "
                    + attributes.owner().getName() + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
