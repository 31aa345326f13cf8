package kr.aiacademy.etl.warehouse.query;

import java.sql.SQLException;
import java.util.Locale;
import java.util.TreeSet;

/** A statement a reader may not run: anything but a query on the published warehouse. */
public final class RefusedStatementException extends SQLException {

    RefusedStatementException(String keyword) {
        super("not allowed: " + keyword.toUpperCase(Locale.ROOT) + " statements — the warehouse is read-only "
                + "here and only queries run (" + String.join(", ", new TreeSet<>(WarehouseReader.QUERIES))
                .toUpperCase(Locale.ROOT) + ")", "42501");
    }
}
