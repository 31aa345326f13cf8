package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies what the load knows beside the lake with DuckDB's appender: the drop ledger into {@code etl_drop_log},
 * each feed's freshness into {@code etl_freshness_log}.
 */
final class LedgerCopies {

    private LedgerCopies() {
    }

    static void load(Connection connection, BuildInput input) throws SQLException {
        append(connection, "etl_drop_log", input.drops().stream().map(drop -> new Object[] {drop.feed(),
                drop.dropName(), drop.sha256(), drop.status(), drop.rowsLoaded(), drop.rowsRejected(), drop.reason(),
                drop.notes(), drop.duplicateOf(), drop.sizeBytes(), drop.dropDate(), drop.firstSeenAt(),
                drop.loadedAt()}).toList());
        append(connection, "etl_freshness_log", input.freshness().stream().map(feed -> new Object[] {feed.feed(),
                feed.newestDrop(), feed.dropDate(), feed.arrivedAt(), feed.ageSeconds(), feed.warnAfterSeconds(),
                feed.errorAfterSeconds(), feed.verdict(), feed.checkedAt()}).toList());
    }

    private static void append(Connection connection, String table, List<Object[]> rows) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (Object value : row) {
                    append(appender, value);
                }
                appender.endRow();
            }
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String text) {
            appender.append(text);
        } else if (value instanceof Long number) {
            appender.append(number.longValue());
        } else if (value instanceof LocalDate date) {
            appender.append(date);
        } else if (value instanceof LocalDateTime time) {
            appender.append(time);
        } else {
            throw new IllegalArgumentException("no appender for " + value.getClass());
        }
    }
}
