package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Collections;
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
 * it, so that a query a client prepares again (a dashboard's) is not planned once more only to be described.
 */
final class PublishedWarehouse implements AutoCloseable {

    private final Path file;
    private Generation current;
    private boolean closed;

    PublishedWarehouse(Path file) {
        this.file = file;
    }

    /** A connection of its own on the newest published file, for one query; close it when the query ends. */
    synchronized Lease lease() throws SQLException {
        if (closed) {
            throw new SQLException("the endpoint is stopping");
        }
        Object identity = identity();
        if (current == null || !current.identity.equals(identity)) {
            Generation next = new Generation(identity,
                    WarehouseReader.open(file).unwrap(DuckDBConnection.class));
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

    /** A connection for one query (opened when first asked for); closing it gives its file back. */
    static final class Lease implements AutoCloseable {

        private final Generation generation;
        private DuckDBConnection connection;

        private Lease(Generation generation) {
            this.generation = generation;
        }

        DuckDBConnection connection() throws SQLException {
            if (connection == null) {
                connection = generation.database.duplicate();
            }
            return connection;
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

        @Override
        public void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException e) {
                // a connection that cannot close has nothing left to give back
            }
            generation.release();
        }
    }

    /** One published file: the database opened on it and the queries using it. */
    private static final class Generation {

        private static final int DESCRIPTIONS = 512;

        private final Object identity;
        private final DuckDBConnection database;
        /** The descriptions of the queries last prepared on this file, by text (the least recently used go). */
        private final Map<String, PreparedQuery> descriptions = Collections.synchronizedMap(
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) {
                        return size() > DESCRIPTIONS;
                    }
                });
        private int leases;
        private boolean retired;

        Generation(Object identity, DuckDBConnection database) {
            this.identity = identity;
            this.database = database;
        }

        synchronized Lease lease() {
            leases++;
            return new Lease(this);
        }

        synchronized void release() {
            leases--;
            closeIfUnused();
        }

        synchronized void retire() {
            retired = true;
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
