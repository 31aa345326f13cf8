package kr.aiacademy.etl.pipeline.datadir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The space that must stay free on the data directory's file system. The writers of big files (landing copies,
 * lake and rejects files, the warehouse build) check it as they go and fail first, with one clear line, while the
 * metadata database and the log can still record the failure: a full disk never leaves a run recorded as running.
 * The same line names the file and the system's reason when a write fails all the same.
 *
 * @param reserveBytes bytes that must stay free ({@code etl.storage.reserve}); 0 checks nothing
 */
public record DiskSpace(long reserveBytes) {

    /** No reserve: nothing is checked. */
    public static final DiskSpace NONE = new DiskSpace(0);

    /** How many bytes a writer may write between two checks. */
    public static final long CHECK_EVERY = 8L << 20;

    /**
     * Checks that {@code bytes} more can be written at {@code file} (a file or the folder it goes in, which may not
     * exist yet) with the reserve left free.
     */
    public void ensure(Path file, long bytes) throws IOException {
        if (reserveBytes <= 0) {
            return;
        }
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        FileStore store = Files.getFileStore(existing);
        long usable = store.getUsableSpace();
        if (usable - Math.max(0, bytes) < reserveBytes) {
            throw new IOException(String.format(Locale.ROOT, "no space left for %s: %s free on %s, and %s must stay "
                    + "free (etl.storage.reserve) for the metadata and the log; free space and run again", file,
                    megabytes(usable), store, megabytes(reserveBytes)));
        }
    }

    /** A failure writing {@code file}, as one line naming the file and the system's reason. */
    public static IOException writeFailure(Path file, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("no space left for ")) {
            return e;
        }
        return new IOException("cannot write " + file + ": " + reason(e), e);
    }

    /** The system's reason, without the path Java puts first ({@code AccessDeniedException} has only that). */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replace("Exception", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
