package kr.aiacademy.etl.pipeline.inbox;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * A data file of a landed drop, as the ingest and the drop check read it. A drop of one file is landed as it was
 * delivered, compressed or not (the digest is of exactly these bytes); it is decompressed here, once per pass,
 * through the expansion limits: a corrupt or truncated file, or one that expands past a limit, fails the pass
 * with a {@link DropDecodingException} that rejects the drop. The files unpacked from an archive are plain.
 */
public final class LandedFile implements ByteSource {

    private static final int READ_BUFFER = 64 * 1024;

    private final Path path;
    private final String name;
    private final Drop drop;
    private final UnpackLimits limits;
    private BoundedInputStream raw;

    /**
     * A landed file: {@code path} on disk, {@code name} its path in the drop ({@code a/b.csv} in an archive, the
     * delivered name of a single file, compression suffix included).
     */
    LandedFile(Path path, String name, UnpackLimits limits) throws IOException {
        this.path = path;
        this.limits = limits;
        DropFormat format = formatOf(name);
        this.name = format.innerName(name);
        this.drop = new Drop(path, path.getFileName().toString(), format, Files.size(path));
    }

    /** The data files in a drop's landing folder, in the order of their paths. */
    public static List<LandedFile> in(Path landing, UnpackLimits limits) {
        try (Stream<Path> walk = Files.walk(landing)) {
            return walk.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return new LandedFile(file, landing.relativize(file).toString(), limits);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the landed copy in " + landing + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's name in the drop without a compression suffix: what lineage and messages call it. */
    public String name() {
        return name;
    }

    /** Its size on disk (compressed, for a drop kept compressed). */
    public long size() {
        return drop.size();
    }

    /** Bytes of the file on disk read by the latest {@link #open()} so far (for progress). */
    public long bytesRead() {
        return raw == null ? 0 : raw.getCount();
    }

    @Override
    public boolean compressed() {
        return drop.format() != DropFormat.PLAIN;
    }

    /** The file's data: decompressed when it is kept compressed. */
    @Override
    public InputStream open() throws IOException {
        raw = BoundedInputStream.builder().setInputStream(Files.newInputStream(path)).get();
        InputStream buffered = new BufferedInputStream(raw, READ_BUFFER);
        if (drop.format() == DropFormat.PLAIN) {
            return buffered;
        }
        try {
            return new Decoded(decode(() -> Decoders.decompress(drop.format(), buffered)),
                    new ExpansionBudget(limits, drop.size()));
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    private <T> T decode(Drop.DecoderCall<T> call) throws DropDecodingException {
        try {
            return drop.decode(call);
        } catch (DropRejectedException e) {
            throw new DropDecodingException(e);
        }
    }

    private static DropFormat formatOf(String name) {
        try {
            DropFormat format = DropFormat.of(name);
            return format.isSingleFile() ? format : DropFormat.PLAIN;
        } catch (DropRejectedException e) {
            return DropFormat.PLAIN; // only data files are landed: a name the inbox would refuse is read as it is
        }
    }

    /** The decompressed bytes, counted against the expansion limits as they come out. */
    private final class Decoded extends FilterInputStream {

        private final ExpansionBudget budget;

        Decoded(InputStream in, ExpansionBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = decode(() -> in.read(buffer, offset, length));
            if (n > 0) {
                try {
                    budget.write(n);
                } catch (DropRejectedException e) {
                    throw new DropDecodingException(e);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, READ_BUFFER)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }
    }
}
