package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;

/**
 * A private copy of an inbox file, taken in one read together with the SHA-256 of exactly the bytes copied. The
 * copy, not the inbox file, is what gets unpacked, landed and quarantined: what is loaded is what the digest
 * names, whatever happens to the inbox file meanwhile.
 *
 * @param file   the copy, under the file's own name in a folder of its own
 * @param sha256 the digest of the copy's bytes
 */
record DropSnapshot(Path file, String sha256) {

    /**
     * Copies {@code source} (never through a symbolic link; {@code size} bytes when it was looked at) into a new
     * folder of the data directory's {@code landing/.incoming/}, leaving its space reserve free.
     *
     * @throws UnreadableFileException when the source cannot be read; other failures are of the copy
     */
    static DropSnapshot take(Path source, long size, DataDir dataDir) throws IOException {
        Path stagingRoot = Landing.createOwnerOnly(dataDir.incoming());
        dataDir.space().ensure(stagingRoot, size);
        Path folder = Files.createTempDirectory(stagingRoot, "drop-");
        Path copy = folder.resolve(source.getFileName().toString());
        try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW)) {
            return new DropSnapshot(copy, Sha256.copy(source, out));
        } catch (UnreadableFileException | RuntimeException e) {
            Landing.delete(folder);
            throw e;
        } catch (IOException e) {
            Landing.delete(folder);
            throw DiskSpace.writeFailure(copy, e);
        }
    }

    /** Removes the copy and its folder (nothing happens if they were moved away). */
    void discard() throws IOException {
        Landing.delete(file.getParent());
    }
}
