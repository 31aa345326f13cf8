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
                text(appender, drop.feed());
                text(appender, drop.dropName());
                text(appender, drop.sha256());
                text(appender, drop.status());
                number(appender, drop.rowsLoaded());
                number(appender, drop.rowsRejected());
                text(appender, drop.reason());
                text(appender, drop.notes());
                text(appender, drop.duplicateOf());
                number(appender, drop.sizeBytes());
                date(appender, drop.dropDate());
                time(appender, drop.firstSeenAt());
                time(appender, drop.loadedAt());
                appender.endRow();
            }
        }
    }

    private static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void number(DuckDBAppender appender, Long value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.longValue());
        }
    }

    private static void date(DuckDBAppender appender, LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void time(DuckDBAppender appender, LocalDateTime value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
