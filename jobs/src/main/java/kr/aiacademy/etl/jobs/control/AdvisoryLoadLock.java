package kr.aiacademy.etl.jobs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL session-level advisory lock on the metadata database: one load across every node sharing it. The
 * database releases it when the holder's connection ends, crash included.
 */
final class AdvisoryLoadLock implements LoadLock {

    /** An arbitrary constant naming the nightly load's lock. */
    private static final long KEY = 0x6e69676874L;

    private final DataSource dataSource;

    AdvisoryLoadLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Lease> tryAcquire() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(() -> {
                try (connection) {
                    call(connection, "select pg_advisory_unlock(?)");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot release the load lock", e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the load lock: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
