package kr.aiacademy.etl.warehouse.build;

import java.sql.SQLException;

/**
 * The first line, stripped, of a DuckDB error: DuckDB's messages run on over several lines (a caret under the
 * query, hints), and the build quotes only the first in its own messages. The warehouse's one such helper; the jobs
 * module has its own for the failures it shows, since the warehouse cannot depend on the application.
 */
final class FirstLine {

    private FirstLine() {
    }

    static String of(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}
