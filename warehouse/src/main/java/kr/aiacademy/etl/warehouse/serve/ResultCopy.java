package kr.aiacademy.etl.warehouse.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * A copy of a result as it is sent, batch by batch, in Arrow's IPC stream form, for {@link ResultCache}; given up
 * (and not copied further) as soon as the result would be larger than a limit, so that a large result costs no
 * more than a look at the size of its first batch.
 */
final class ResultCopy {

    private final long limit;
    private ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private ArrowStreamWriter writer;

    ResultCopy(long limit) {
        this.limit = limit;
    }

    /** Starts the copy of a result of this root (its schema, as sent). */
    void start(VectorSchemaRoot root, DictionaryProvider dictionaries) throws IOException {
        writer = new ArrowStreamWriter(root, dictionaries, Channels.newChannel(bytes));
        writer.start();
    }

    /** Copies the root's batch, unless the copy has been given up or would now grow past the limit. */
    void batch(VectorSchemaRoot root) throws IOException {
        if (bytes == null) {
            return;
        }
        long batch = root.getFieldVectors().stream().mapToLong(FieldVector::getBufferSize).sum();
        if (bytes.size() + batch > limit) {
            bytes = null;
            return;
        }
        writer.writeBatch();
    }

    /** The whole result, once sent to its end; null if it was larger than the limit. */
    byte[] result() throws IOException {
        if (bytes == null) {
            return null;
        }
        writer.end();
        return bytes.size() > limit ? null : bytes.toByteArray();
    }
}
