package kr.aiacademy.etl.warehouse.build;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Copies the drop ledger into {@code etl_drop_log} with DuckDB's appender. */
final class DropLogLoader {

    private DropLogLoader() {
    }

    static void load(Connection connection, List<DropAudit> drops) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "etl_drop_log")) {
            for (DropAudit drop : drops) {
                appender.beginRow();
                for (Object value : new Object[] {drop.feed(), drop.dropName(), drop.sha256(), drop.status(),
                        drop.rowsLoaded(), drop.rowsRejected(), drop.reason(), drop.notes(), drop.duplicateOf(),
                        drop.sizeBytes(), drop.dropDate(), drop.firstSeenAt(), drop.loadedAt()}) {
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
