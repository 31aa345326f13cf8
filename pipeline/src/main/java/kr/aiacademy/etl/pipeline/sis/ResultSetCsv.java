package kr.aiacademy.etl.pipeline.sis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rows of a source table as an enrollment CSV file (the feed's own format), so that pulled rows go
 * through exactly the same rules as delivered files. Returns the greatest {@code updated_at} written.
 */
final class ResultSetCsv {

    private ResultSetCsv() {
    }

    record Written(long rows, LocalDateTime maxUpdatedAt) {
    }

    static Written write(ResultSet rs, Path file) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] header = new String[n];
        int updatedAt = -1;
        for (int i = 0; i < n; i++) {
            header[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
            if (header[i].equals("updated_at")) {
                updatedAt = i + 1;
            }
        }
        long rows = 0;
        LocalDateTime max = null;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
            Object[] values = new Object[n];
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    values[i] = text(rs, i + 1, meta.getColumnType(i + 1));
                }
                if (updatedAt > 0) {
                    LocalDateTime changed = rs.getObject(updatedAt, LocalDateTime.class);
                    if (changed != null && (max == null || changed.isAfter(max))) {
                        max = changed;
                    }
                }
                printer.printRecord(values);
                rows++;
            }
            printer.flush();
        }
        return new Written(rows, max);
    }

    /**
     * Dates as yyyy-MM-dd, timestamps as ISO local date-times (with their offset when the column has a time
     * zone: the rules convert it to Asia/Seoul), the rest as text; null as an empty field.
     */
    private static String text(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
            default -> rs.getObject(column);
        };
        return value == null ? "" : value.toString();
    }
}
