package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of one data file as a feed reads them: opened anew for every pass over the file (a check of its
 * columns or its encoding, then its records), already decoded — a drop landed compressed, as it was delivered, is
 * decompressed by its source ({@code inbox.LandedFile}), so the feeds only ever see the data's own bytes.
 */
@FunctionalInterface
public interface ByteSource {

    /** A new stream over the bytes from their start; the caller closes it (and buffers it, where it needs to). */
    InputStream open() throws IOException;

    /**
     * Whether every pass decompresses the bytes anew: a check that reads them whole is left to the one pass that
     * reads the records.
     */
    default boolean compressed() {
        return false;
    }

    /** The bytes of a plain file. */
    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}
