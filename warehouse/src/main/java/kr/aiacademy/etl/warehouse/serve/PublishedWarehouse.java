package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.duckdb.DuckDBConnection;

/**
 * The published warehouse file as queries see it: each query gets a connection on the newest published file
 * (the file's identity — inode and modification time — is looked at for every query), while queries already
 * running keep the file they started on. A replaced file's database is closed when its last query ends, which
 * releases its space. Each file keeps the descriptions (result and parameter schemas) of the queries prepared on
 * it, so that a query a client prepares again (a dashboard's) is not planned once more only to be described, and
 * keeps the connections of finished queries with their prepared statements ({@link ReadConnection}) for the next,
 * and the results of the queries that cannot answer otherwise on it ({@link ResultCache}).
 */
final class PublishedWarehouse implements AutoCloseable {

    private final Path file;
    private final long resultCache;
    private Generation current;
    private boolean closed;

    /** The published file; each of its versions keeps results of at most {@code resultCache} bytes (0: none). */
    PublishedWarehouse(Path file, long resultCache) {
        this.file = file;
        this.resultCache = resultCache;
    }

    /** A connection of its own on the newest published file, for one query; close it when the query ends. */
    synchronized Lease lease() throws SQLException {
        if (closed) {
            throw new SQLException("the endpoint is stopping");
        }
        Object identity = identity();
        if (current == null || !current.identity.equals(identity)) {
            Generation next = new Generation(identity,
                    WarehouseReader.open(file).unwrap(DuckDBConnection.class), new ResultCache(resultCache));
            if (current != null) {
                current.retire();
            }
            current = next;
        }
        return current.lease();
    }

    private Object identity() throws SQLException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.requireNonNullElse(attributes.fileKey(), "") + "@" + attributes.lastModifiedTime()
                    + "/" + attributes.size();
        } catch (NoSuchFileException e) {
            throw new SQLException("no published warehouse at " + file + ": run ./etl run first");
        } catch (IOException e) {
            throw new SQLException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.retire();
            current = null;
        }
    }

    /** How a query is described on a connection: its schemas, from DuckDB's preparation of it. */
    interface Describer {
        PreparedQuery describe(DuckDBConnection connection) throws SQLException;
    }

    /**
     * A connection for one query (taken when first asked for: an idle one of the file's, or a new one); closing
     * the lease gives it back for the next query, unless the query went wrong ({@link #discard}).
     */
    static final class Lease implements AutoCloseable {

        private final Generation generation;
        private ReadConnection connection;
        private boolean discarded;

        private Lease(Generation generation) {
            this.generation = generation;
        }

        DuckDBConnection connection() throws SQLException {
            return taken().connection();
        }

        /** The connection's prepared statement of this text, no parameter bound; do not close it. */
        PreparedStatement prepared(String sql) throws SQLException {
            return taken().prepared(sql);
        }

        /** The results kept of queries on this file. */
        ResultCache results() {
            return generation.results;
        }

        /** The query failed or was cancelled: its connection is closed, not given to another query. */
        void discard() {
            discarded = true;
        }

        /** The description of a query on this file: the one kept, or else the describer's (then kept). */
        PreparedQuery described(String sql, Describer describer) throws SQLException {
            PreparedQuery known = generation.descriptions.get(sql);
            if (known != null) {
                return known;
            }
            PreparedQuery described = describer.describe(connection());
            generation.descriptions.put(sql, described);
            return described;
        }

        private ReadConnection taken() throws SQLException {
            if (connection == null) {
                connection = generation.take();
            }
            return connection;
        }

        @Override
        public void close() {
            generation.release(connection, discarded);
        }
    }

    /** One published file: the database opened on it and the queries using it. */
    private static final class Generation {

        private static final int DESCRIPTIONS = 512;
        /** At most this many connections are kept idle per file (more run only while more queries run). */
        private static final int IDLE_CONNECTIONS = 16;

        private final Object identity;
        private final DuckDBConnection database;
        private final ResultCache results;
        /** The descriptions of the queries last prepared on this file, by text (the least recently used go). */
        private final Map<String, PreparedQuery> descriptions = Collections.synchronizedMap(
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) {
                        return size() > DESCRIPTIONS;
                    }
                });
        /** Connections no query uses now, the most recently given back first. */
        private final Deque<ReadConnection> idle = new ArrayDeque<>();
        private int leases;
        private boolean retired;

        Generation(Object identity, DuckDBConnection database, ResultCache results) {
            this.identity = identity;
            this.database = database;
            this.results = results;
        }

        synchronized Lease lease() {
            leases++;
            return new Lease(this);
        }

        synchronized ReadConnection take() throws SQLException {
            ReadConnection connection = idle.poll();
            return connection != null ? connection : new ReadConnection(database.duplicate());
        }

        /** A query's end: its connection (if it took one) kept for the next, unless discarded or the file replaced. */
        synchronized void release(ReadConnection connection, boolean discard) {
            leases--;
            if (connection != null) {
                if (discard || retired || idle.size() >= IDLE_CONNECTIONS) {
                    connection.close();
                } else {
                    idle.push(connection);
                }
            }
            closeIfUnused();
        }

        synchronized void retire() {
            retired = true;
            idle.forEach(ReadConnection::close);
            idle.clear();
            closeIfUnused();
        }

        private void closeIfUnused() {
            if (retired && leases == 0) {
                try {
                    database.close();
                } catch (SQLException e) {
                    // closing releases the file; a failure leaves nothing to do
                }
            }
        }
    }
}
