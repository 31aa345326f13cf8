package kr.aiacademy.etl.jobs.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** A lock file in the data directory's state folder: one load per data directory, across processes. */
final class FileLoadLock implements LoadLock {

    private final Path file;

    FileLoadLock(Path file) {
        this.file = file;
    }

    @Override
    public Optional<Lease> tryAcquire() {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            FileLock held = lock;
            return Optional.of(() -> {
                try {
                    held.release();
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the load lock " + file, e);
        }
    }
}
