package kr.aiacademy.etl.warehouse.serve;

import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.BackpressureStrategy;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBResultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one query on a connection of the newest published file and streams its result to the client in Arrow
 * batches straight from DuckDB's Arrow export; a client that cancels or goes away cancels the query. A result the
 * file's {@link ResultCache} keeps is sent from there, and a result it may keep is copied to it as it is sent.
 */
final class QueryStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryStream.class);
    static final int BATCH_ROWS = 64 * 1024;
    private static final long READY_WAIT_MS = 30_000;

    private final PublishedWarehouse warehouse;
    private final BufferAllocator allocator;
    private final Limits limits;
    private final Semaphore running;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "serve-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final java.util.concurrent.ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "serve-query");
        thread.setDaemon(true);
        return thread;
    });

    QueryStream(PublishedWarehouse warehouse, BufferAllocator allocator, Limits limits) {
        this.warehouse = warehouse;
        this.allocator = allocator;
        this.limits = limits;
        this.running = new Semaphore(limits.maxQueries());
    }

    /** Runs a query if fewer than the limit are running, else tells the client to try again. */
    void run(String sql, List<Object> values, ServerStreamListener listener) {
        if (!running.tryAcquire()) {
            listener.error(CallStatus.RESOURCE_EXHAUSTED.withDescription("too many queries running at once (limit "
                    + limits.maxQueries() + "): try again shortly").toRuntimeException());
            return;
        }
        active.incrementAndGet();
        try {
            // on a thread of its own: gRPC calls the readiness callback of this call on the thread that called
            // the producer, so waiting there for the client to be ready would wait for ever
            workers.execute(() -> {
                try {
                    stream(sql, values, listener);
                } finally {
                    active.decrementAndGet();
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            active.decrementAndGet();
            running.release();
            listener.error(CallStatus.UNAVAILABLE.withDescription("the endpoint is stopping").toRuntimeException());
        }
    }

    /** Waits until no query runs, at most {@code grace}; false if some still run then. */
    boolean awaitIdle(java.time.Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (active.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return active.get() == 0;
    }

    private void stream(String sql, List<Object> values, ServerStreamListener listener) {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (PublishedWarehouse.Lease lease = warehouse.lease();
                BufferAllocator child = allocator.newChildAllocator("query", 0, Long.MAX_VALUE)) {
            ResultCache results = lease.results();
            ResultCache.Key key = results.key(sql, values, lease);
            byte[] kept = key == null ? null : results.get(key);
            if (kept != null) {
                try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(kept), child)) {
                    send(reader, reader.getVectorSchemaRoot(), reader.getVectorSchemaRoot(), listener, null);
                }
                return;
            }
            ResultCopy copy = key == null ? null : new ResultCopy(results.entryLimit());
            Running running = new Running(lease.prepared(sql));
            ScheduledFuture<?> timeout = null;
            boolean complete = false;
            try {
                Parameters.bind(running.statement, values);
                listener.setOnCancelHandler(running::cancel);
                timeout = timer.schedule(() -> {
                    timedOut.set(true);
                    running.cancel();
                }, limits.queryTimeout().toMillis(), TimeUnit.MILLISECONDS);
                complete = execute(running.statement, child, listener, copy);
            } finally {
                if (timeout != null) {
                    timeout.cancel(false);
                }
                // before the connection goes back: no late cancel may reach the next query on it
                if (!running.end() || !complete) {
                    lease.discard();
                }
            }
            byte[] result = complete && copy != null ? copy.result() : null;
            if (result != null) {
                results.put(key, result);
            }
        } catch (Exception e) {
            listener.error(timedOut.get() ? CallStatus.TIMED_OUT.withDescription("the query ran longer than the "
                    + "limit of " + limits.queryTimeout().toSeconds() + " s and was cancelled").toRuntimeException()
                    : Errors.of(e));
        }
    }

    /** Runs the statement and streams its result; false if the client stopped reading before the end. */
    private static boolean execute(PreparedStatement statement, BufferAllocator allocator,
            ServerStreamListener listener, ResultCopy copy) throws SQLException, java.io.IOException {
        try (DuckDBResultSet result = statement.executeQuery().unwrap(DuckDBResultSet.class);
                ArrowReader reader = (ArrowReader) result.arrowExportStream(allocator, BATCH_ROWS)) {
            VectorSchemaRoot source = reader.getVectorSchemaRoot();
            Schema schema = ArrowSchemas.annotate(source.getSchema(), result.getMetaData());
            return send(reader, source, new VectorSchemaRoot(schema, source.getFieldVectors(), 0), listener, copy);
        }
    }

    /**
     * Streams a reader's batches to the client as {@code out} (the reader's vectors, under the schema sent), a copy
     * of each to {@code copy} if not null; false if the client stopped reading before the end.
     */
    private static boolean send(ArrowReader reader, VectorSchemaRoot source, VectorSchemaRoot out,
            ServerStreamListener listener, ResultCopy copy) throws java.io.IOException {
        BackpressureStrategy backpressure = new BackpressureStrategy.CallbackBackpressureStrategy();
        backpressure.register(listener);
        listener.start(out, reader);
        if (copy != null) {
            copy.start(out, reader);
        }
        while (reader.loadNextBatch()) {
            out.setRowCount(source.getRowCount());
            BackpressureStrategy.WaitResult ready = backpressure.waitForListener(READY_WAIT_MS);
            if (ready != BackpressureStrategy.WaitResult.READY) {
                log.warn("result stream of a query stopped before its end: {}", ready);
                listener.error(CallStatus.CANCELLED.withDescription("the result stopped before its end ("
                        + ready.name().toLowerCase(java.util.Locale.ROOT) + ")").toRuntimeException());
                return false;
            }
            if (copy != null) {
                copy.batch(out);
            }
            listener.putNext();
        }
        listener.completed();
        return true;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /**
     * A statement while its query runs: the client's cancel and the time-out reach it only until the query has
     * ended (its connection then serves other queries).
     */
    private static final class Running {

        private final PreparedStatement statement;
        private boolean ended;
        private boolean cancelled;

        Running(PreparedStatement statement) {
            this.statement = statement;
        }

        synchronized void cancel() {
            if (ended) {
                return;
            }
            cancelled = true;
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement has ended already
            }
        }

        /** The query's end; false if it was cancelled (its connection is not to be used again). */
        synchronized boolean end() {
            ended = true;
            return !cancelled;
        }
    }
}
