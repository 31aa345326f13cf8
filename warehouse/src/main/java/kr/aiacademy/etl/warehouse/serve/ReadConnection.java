package kr.aiacademy.etl.warehouse.serve;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * One connection of the endpoint on a published file, kept between queries with the statements prepared on it:
 * a dashboard's query asked again is bound and run, not parsed and planned again. Used by one query at a time
 * (a {@link PublishedWarehouse.Lease}); the statements least recently used are closed past {@link #STATEMENTS}.
 */
final class ReadConnection implements AutoCloseable {

    static final int STATEMENTS = 64;

    private final DuckDBConnection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    ReadConnection(DuckDBConnection connection) {
        this.connection = connection;
    }

    DuckDBConnection connection() {
        return connection;
    }

    /**
     * The statement of this text prepared on this connection, with no parameter bound; it belongs to the
     * connection (do not close it).
     */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    @Override
    public void close() {
        statements.values().forEach(ReadConnection::closeQuietly);
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // a connection that cannot close has nothing left to give back
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // the statement is gone either way
        }
    }
}
