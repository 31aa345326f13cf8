package kr.aiacademy.etl.pipeline.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes reproducible archives and compressed files: entries in the given order, a fixed modification time
 * (2021-01-01 00:00:00), tar owner 0:0 with empty user and group names, gzip header time 0.
 */
final class Archives {

    /** Fixed entry time: 2021-01-01T00:00:00Z. */
    static final Instant ENTRY_TIME = Instant.parse("2021-01-01T00:00:00Z");

    private static final int BUFFER = 1 << 16;

    private Archives() {
    }

    /** A {@code .tar.gz} holding {@code files} in order. */
    static void tarGz(Path file, List<ArchivedFile> files) throws IOException {
        try (OutputStream gzip = gzip(file, Deflater.DEFAULT_COMPRESSION);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip, "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (ArchivedFile f : files) {
                TarArchiveEntry entry = new TarArchiveEntry(f.name());
                entry.setModTime(ENTRY_TIME.toEpochMilli());
                entry.setIds(0, 0);
                entry.setNames("", "");
                entry.setMode(f.isFolder() ? TarArchiveEntry.DEFAULT_DIR_MODE : TarArchiveEntry.DEFAULT_FILE_MODE);
                entry.setSize(f.isFolder() ? 0 : f.content().length);
                tar.putArchiveEntry(entry);
                if (!f.isFolder()) {
                    tar.write(f.content());
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    /**
     * A {@code .zip} holding {@code files} in order. Zip stores local (MS-DOS) times without a zone, so the
     * entries read 2021-01-01 00:00:00 whatever the JVM's time zone.
     */
    static void zip(Path file, List<ArchivedFile> files) throws IOException {
        long dosTime = LocalDateTime.ofInstant(ENTRY_TIME, ZoneId.of("UTC"))
                .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buffered(file))) {
            zip.setEncoding("UTF-8");
            zip.setUseLanguageEncodingFlag(true);
            for (ArchivedFile f : files) {
                ZipArchiveEntry entry = new ZipArchiveEntry(f.name());
                entry.setTime(dosTime);
                zip.putArchiveEntry(entry);
                if (!f.isFolder()) {
                    zip.write(f.content());
                }
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
    }

    /** A {@code .gz} of {@code content}. */
    static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = gzip(file, Deflater.DEFAULT_COMPRESSION)) {
            out.write(content);
        }
    }

    /** A {@code .bz2} of {@code content}. */
    static void bzip2(Path file, byte[] content) throws IOException {
        try (OutputStream out = new BZip2CompressorOutputStream(buffered(file))) {
            out.write(content);
        }
    }

    /** A stream that gzips into {@code file} at {@code level} (see {@link java.util.zip.Deflater}). */
    static OutputStream gzip(Path file, int level) throws IOException {
        GzipParameters parameters = new GzipParameters();
        parameters.setModificationTime(0);
        parameters.setOS(GzipParameters.OS.UNKNOWN);
        parameters.setCompressionLevel(level);
        return new GzipCompressorOutputStream(buffered(file), parameters);
    }

    private static OutputStream buffered(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    }
}
