package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds drops for tests with Commons Compress. Entry names ending in "/" become directories. */
final class TestArchives {

    enum Compression { NONE, GZIP, BZIP2, XZ }

    private TestArchives() {
    }

    /** A CSV of pseudo-random rows: compresses moderately (roughly 2-4:1). */
    static byte[] csv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("id,name,score\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(",student-").append(Long.toHexString(random.nextLong()))
                    .append(',').append(random.nextInt(1000)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Path plain(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }

    /** One compressed file (.gz, .bz2 or .xz). */
    static Path compressed(Path file, Compression compression, byte[] content) throws IOException {
        try (OutputStream out = compress(Files.newOutputStream(file), compression)) {
            out.write(content);
        }
        return file;
    }

    /** A .gz file holding that many zero bytes, written in chunks. */
    static Path gzipOfZeros(Path file, long zeros) throws IOException {
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file))) {
            writeZeros(out, zeros);
        }
        return file;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    /** A zip with one entry of that many zero bytes, written in chunks. */
    static Path zipOfZeros(Path file, String entryName, long zeros) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry(entryName));
            writeZeros(zip, zeros);
            zip.closeArchiveEntry();
        }
        return file;
    }

    /** Rewrites the uncompressed size of every entry, in the local headers and the central directory. */
    static Path lieAboutSizes(Path zip, int claimedSize) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 0; i + 30 <= bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
                putInt(bytes, i + 22, claimedSize);
            } else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                putInt(bytes, i + 24, claimedSize);
            }
        }
        return Files.write(zip, bytes);
    }

    static Path tar(Path file, Compression compression, Map<String, byte[]> entries) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(compress(Files.newOutputStream(file), compression))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    /** A tar holding one data file and then one link entry of the given type (LF_SYMLINK or LF_LINK). */
    static Path tarWithLink(Path file, byte linkType, String name, String target) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(file))) {
            byte[] data = csv(3, 1);
            TarArchiveEntry real = new TarArchiveEntry("data.csv");
            real.setSize(data.length);
            tar.putArchiveEntry(real);
            tar.write(data);
            tar.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry(name, linkType);
            link.setLinkName(target);
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        return file;
    }

    static Path sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
        try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                SevenZArchiveEntry entry = new SevenZArchiveEntry();
                boolean directory = e.getKey().endsWith("/");
                entry.setName(directory ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey());
                entry.setDirectory(directory);
                out.putArchiveEntry(entry);
                if (!directory) {
                    out.write(e.getValue());
                }
                out.closeArchiveEntry();
            }
        }
        return file;
    }

    /** Keeps only the first half of a file, as an interrupted upload would. */
    static Path truncateToHalf(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] half = new byte[all.length / 2];
        System.arraycopy(all, 0, half, 0, half.length);
        return Files.write(file, half);
    }

    private static OutputStream compress(OutputStream out, Compression compression) throws IOException {
        return switch (compression) {
            case NONE -> out;
            case GZIP -> new GzipCompressorOutputStream(out);
            case BZIP2 -> new BZip2CompressorOutputStream(out);
            case XZ -> new XZCompressorOutputStream(out);
        };
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int b = 0; b < 4; b++) {
            bytes[at + b] = (byte) (value >>> (8 * b));
        }
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
