package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of files, streamed; a file is opened as it is, never through a symbolic link. */
public final class Sha256 {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Sha256() {
    }

    /** Lower-case hex SHA-256 of the file's bytes; a symbolic link is refused, not followed. */
    public static String of(Path file) throws IOException {
        return copy(file, null);
    }

    /**
     * Copies the file's bytes to {@code out} (when not null) and returns the lower-case hex SHA-256 of exactly
     * the bytes copied. The file is opened without following a symbolic link.
     *
     * @throws UnreadableFileException when the file cannot be opened or read (other failures: of {@code out})
     */
    static String copy(Path file, OutputStream out) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = open(file)) {
            for (int n = read(file, in, buffer); n >= 0; n = read(file, in, buffer)) {
                digest.update(buffer, 0, n);
                if (out != null) {
                    out.write(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static InputStream open(Path file) throws UnreadableFileException {
        try {
            return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw UnreadableFileException.of(file, e);
        }
    }

    private static int read(Path file, InputStream in, byte[] buffer) throws UnreadableFileException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw UnreadableFileException.of(file, e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
