package kr.aiacademy.etl.pipeline.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private final Path target;
    private final Path temporary;
    private final ParquetWriter<T> writer;
    private long rows;
    private boolean open = true;

    public LakeFileWriter(LakeSchema<T> schema, Path target) throws IOException {
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.createDirectories(target.getParent());
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
            writer.write(row);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake file " + temporary, e);
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
        writer.close();
        open = false;
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
