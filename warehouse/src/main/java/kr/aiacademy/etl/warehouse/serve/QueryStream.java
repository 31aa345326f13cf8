package kr.aiacademy.etl.warehouse.serve;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.flight.BackpressureStrategy;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBResultSet;

/**
 * Runs one query on a connection of the newest published file and streams its result to the client in Arrow
 * batches straight from DuckDB's Arrow export; a client that cancels or goes away cancels the query.
 */
final class QueryStream {

    static final int BATCH_ROWS = 64 * 1024;
    private static final long READY_WAIT_MS = 30_000;

    private QueryStream() {
    }

    static void run(PublishedWarehouse warehouse, BufferAllocator allocator, String sql, List<Object> values,
            ServerStreamListener listener) {
        try (PublishedWarehouse.Lease lease = warehouse.lease();
                PreparedStatement statement = lease.connection().prepareStatement(sql);
                BufferAllocator child = allocator.newChildAllocator("query", 0, Long.MAX_VALUE)) {
            Parameters.bind(statement, values);
            listener.setOnCancelHandler(() -> cancel(statement));
            try (DuckDBResultSet result = statement.executeQuery().unwrap(DuckDBResultSet.class);
                    ArrowReader reader = (ArrowReader) result.arrowExportStream(child, BATCH_ROWS)) {
                VectorSchemaRoot source = reader.getVectorSchemaRoot();
                Schema schema = ArrowSchemas.annotate(source.getSchema(), result.getMetaData());
                VectorSchemaRoot out = new VectorSchemaRoot(schema, source.getFieldVectors(), 0);
                BackpressureStrategy backpressure = new BackpressureStrategy.CallbackBackpressureStrategy();
                backpressure.register(listener);
                listener.start(out, reader);
                while (!listener.isCancelled() && reader.loadNextBatch()) {
                    out.setRowCount(source.getRowCount());
                    if (backpressure.waitForListener(READY_WAIT_MS) != BackpressureStrategy.WaitResult.READY) {
                        break;
                    }
                    listener.putNext();
                }
                listener.completed();
            }
        } catch (Exception e) {
            listener.error(Errors.of(e));
        }
    }

    private static void cancel(PreparedStatement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the statement has ended already
        }
    }
}
