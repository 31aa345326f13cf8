package kr.aiacademy.etl.pipeline.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kr.aiacademy.etl.pipeline.datadir.DiskSpace;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Writes one Parquet file under a temporary name beside its target and renames it into place only in
 * {@link #commit()}: a crash or an {@link #abort()} never leaves a half file under the target name, and
 * writing the same target again replaces it (idempotent).
 */
public final class LakeFileWriter<T> implements AutoCloseable {

    private static final int ROW_GROUP_ROWS = 120_000;
    /** Rows between two checks of the space reserve (well under what a row group takes on disk). */
    private static final int ROWS_PER_CHECK = 10_000;

    private final Path target;
    private final Path temporary;
    private final ParquetWriter<T> writer;
    private final DiskSpace space;
    private long rows;
    private boolean open = true;

    public LakeFileWriter(LakeSchema<T> schema, Path target) throws IOException {
        this(schema, target, DiskSpace.NONE);
    }

    /** A writer that checks {@code space}'s reserve before the file is started and as its row groups grow. */
    public LakeFileWriter(LakeSchema<T> schema, Path target, DiskSpace space) throws IOException {
        this.target = target;
        this.space = space;
        this.temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.createDirectories(target.getParent());
        space.ensure(temporary, DiskSpace.CHECK_EVERY);
        Builder<T> builder = new Builder<>(new LocalOutputFile(temporary), schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupRowCountLimit(ROW_GROUP_ROWS)
                .withDictionaryEncoding(true)
                .withPageWriteChecksumEnabled(false)
                .withSizeStatisticsEnabled(false);
        for (LakeColumn<T> column : schema.columns()) {
            if (!column.dictionary()) {
                builder = builder.withDictionaryEncoding(column.name(), false)
                        .withStatisticsEnabled(column.name(), false);
            }
        }
        this.writer = builder.build();
    }

    public void write(T row) {
        try {
            if (++rows % ROWS_PER_CHECK == 0) {
                space.ensure(temporary, DiskSpace.CHECK_EVERY);
            }
            writer.write(row);
        } catch (IOException e) {
            IOException failure = DiskSpace.writeFailure(temporary, e);
            throw new UncheckedIOException(failure.getMessage(), failure);
        }
    }

    public long rows() {
        return rows;
    }

    public Path target() {
        return target;
    }

    /** Finishes the file and renames it over the target atomically. */
    public void commit() throws IOException {
        try {
            writer.close();
        } catch (IOException e) {
            throw DiskSpace.writeFailure(temporary, e);
        } finally {
            open = false;
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Drops the temporary file; the target, if any, is untouched. */
    public void abort() {
        try {
            if (open) {
                open = false;
                writer.close();
            }
            Files.deleteIfExists(temporary);
        } catch (IOException | RuntimeException e) {
            temporary.toFile().delete();
        }
    }

    @Override
    public void close() {
        if (open) {
            abort();
        }
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {
        private final LakeSchema<T> schema;

        Builder(OutputFile file, LakeSchema<T> schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return new RowWriteSupport<>(schema);
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport<>(schema);
        }
    }
}
