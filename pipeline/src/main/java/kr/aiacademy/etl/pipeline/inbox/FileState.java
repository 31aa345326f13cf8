package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * An inbox entry as it is, never through a link ({@code lstat}): its kind, identity, size and modification time.
 * Two states of the same path are equal when the file was not replaced or changed in between.
 *
 * @param kind     what the entry is
 * @param fileKey  the file's identity (device and inode), or null where the file system has none
 * @param size     its size in bytes
 * @param modified its last modification time
 */
record FileState(Kind kind, Object fileKey, long size, FileTime modified) {

    private static final int TYPE_MASK = 0170000;
    private static final Map<Integer, Kind> BY_MODE = Map.of(0010000, Kind.PIPE, 0020000, Kind.DEVICE,
            0060000, Kind.DEVICE, 0140000, Kind.SOCKET);

    /** The kinds of entries, and what is done with those that are not drops. */
    enum Kind {
        REGULAR("a regular file", "read"),
        LINK("a symbolic link", "not followed"),
        FOLDER("a folder", "not read (drops are files; an archive carries sub-folders)"),
        PIPE("a named pipe", "not opened"),
        DEVICE("a device", "not opened"),
        SOCKET("a socket", "not opened"),
        OTHER("a special file", "not opened");

        private final String description;
        private final String treatment;

        Kind(String description, String treatment) {
            this.description = description;
            this.treatment = treatment;
        }

        String description() {
            return description;
        }

        String treatment() {
            return treatment;
        }
    }

    /** The state of a path; throws if it cannot be looked at. */
    static FileState of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return new FileState(kind(path, attributes), attributes.fileKey(), attributes.size(),
                attributes.lastModifiedTime());
    }

    /** The state of a path, or null when there is nothing there. */
    static FileState ofOrNull(Path path) throws IOException {
        try {
            return of(path);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * How far from {@code now} the file was last modified, either way: a modification time slightly ahead of the
     * clock (another machine's clock) is as recent as one slightly behind it.
     */
    Duration age(Instant now) {
        return Duration.between(modified.toInstant(), now).abs();
    }

    /** Whether the file changed (or was replaced, or is gone) since this state was taken. */
    boolean changedSince(FileState later) {
        return !equals(later);
    }

    private static Kind kind(Path path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return Kind.LINK;
        }
        if (attributes.isRegularFile()) {
            return Kind.REGULAR;
        }
        if (attributes.isDirectory()) {
            return Kind.FOLDER;
        }
        if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer bits) {
                return BY_MODE.getOrDefault(bits & TYPE_MASK, Kind.OTHER);
            }
        }
        return Kind.OTHER;
    }
}
