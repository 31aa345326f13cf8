package kr.aiacademy.etl.pipeline.inbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Opens the drop file and the Commons Compress decompressor its format needs. */
final class Decoders {

    /** Caps the memory an xz/LZMA/7z header may ask for, so that a hostile header cannot exhaust the heap. */
    static final int MAX_DECODER_MEMORY_KIB = 256 * 1024;

    private static final int READ_BUFFER = 64 * 1024;

    private Decoders() {
    }

    /** The raw bytes of the drop, buffered. Failing to open the file is a real IO error. */
    static InputStream open(Drop drop) throws IOException {
        return new BufferedInputStream(Files.newInputStream(drop.path()), READ_BUFFER);
    }

    /** Wraps the raw drop bytes in the decompressor of the format (none for PLAIN and TAR). */
    static InputStream decompress(DropFormat format, InputStream raw) throws IOException {
        return switch (format) {
            case PLAIN, TAR -> raw;
            case GZIP, TAR_GZIP -> GzipCompressorInputStream.builder()
                    .setInputStream(raw)
                    .setDecompressConcatenated(true)
                    .get();
            case BZIP2, TAR_BZIP2 -> new BZip2CompressorInputStream(raw, true);
            case XZ, TAR_XZ -> XZCompressorInputStream.builder()
                    .setInputStream(raw)
                    .setDecompressConcatenated(true)
                    .setMemoryLimitKiB(MAX_DECODER_MEMORY_KIB)
                    .get();
            case ZIP, SEVEN_Z -> throw new IllegalStateException(format + " is not a stream format");
        };
    }
}
