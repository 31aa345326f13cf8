package kr.aiacademy.etl.jobs.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes one result in a {@link ResultFormat}. */
public final class ResultPrinter {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_WITH_ZONE = new DateTimeFormatterBuilder()
            .append(TIMESTAMP).appendPattern("xxx").toFormatter(Locale.ROOT);

    private ResultPrinter() {
    }

    /** Writes the rows of a result; {@code width} is the terminal's (0 when not a terminal: no fitting). */
    public static void print(ResultSet rs, ShellSettings settings, int width, PrintWriter out)
            throws SQLException, IOException {
        Printer printer = switch (settings.format) {
            case TABLE -> (r, o) -> table(Page.read(r, settings), width, o);
            case MARKDOWN -> (r, o) -> markdown(Page.read(r, settings), o);
            case LINE -> (r, o) -> line(Page.read(r, settings), o);
            case CSV -> ResultPrinter::csv;
            case JSON -> ResultPrinter::json;
        };
        printer.print(rs, out);
        out.flush();
    }

    /** How one format writes a result. */
    private interface Printer {
        void print(ResultSet rs, PrintWriter out) throws SQLException, IOException;
    }

    private static void table(Page page, int width, PrintWriter out) {
        new TextTable(page.header, page.rows, page.numeric).print(width,
                TextTable.rowCount(page.total, page.rows.size()), out);
    }

    private static void markdown(Page page, PrintWriter out) {
        StringBuilder rule = new StringBuilder("|");
        for (boolean numeric : page.numeric) {
            rule.append(numeric ? " ---: |" : " --- |");
        }
        out.println(markdownRow(page.header.toArray(String[]::new)));
        out.println(rule);
        for (String[] row : page.rows) {
            out.println(markdownRow(row));
        }
        footer(page, out);
    }

    private static String markdownRow(String[] cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>"))
                    .append(" |");
        }
        return row.toString();
    }

    private static void line(Page page, PrintWriter out) {
        int nameWidth = page.header.stream().mapToInt(TextTable::width).max().orElse(0);
        for (int r = 0; r < page.rows.size(); r++) {
            if (r > 0) {
                out.println();
            }
            for (int i = 0; i < page.header.size(); i++) {
                String name = page.header.get(i);
                out.println(" ".repeat(nameWidth - TextTable.width(name)) + name + " = " + page.rows.get(r)[i]);
            }
        }
        footer(page, out);
    }

    private static void footer(Page page, PrintWriter out) {
        if (page.rows.size() < page.total) {
            out.println(TextTable.rowCount(page.total, page.rows.size()));
        }
    }

    private static void csv(ResultSet rs, PrintWriter out) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] header = new String[n];
        for (int i = 1; i <= n; i++) {
            header[i - 1] = meta.getColumnLabel(i);
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        Object[] values = new Object[n];
        while (rs.next()) {
            for (int i = 1; i <= n; i++) {
                values[i - 1] = text(rs, i, meta.getColumnType(i));
            }
            printer.printRecord(values);
        }
        printer.flush();
    }

    /** One JSON array on one line: numbers as numbers, NULL as null. */
    private static void json(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            while (rs.next()) {
                json.writeStartObject();
                for (int i = 1; i <= n; i++) {
                    json.writeName(meta.getColumnLabel(i));
                    Object value = rs.getObject(i);
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof BigDecimal decimal) {
                        json.writeNumber(decimal);
                    } else if (value instanceof BigInteger integer) {
                        json.writeNumber(integer);
                    } else if (value instanceof Number || value instanceof Boolean) {
                        json.writePOJO(value);
                    } else {
                        json.writeString(text(rs, i, meta.getColumnType(i)));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    /**
     * A value as text, as DuckDB writes it: timestamps as {@code 2021-03-04 09:15:00} (the driver's string of a
     * timestamp goes through {@code java.sql.Timestamp}, which adds {@code .0}), with their offset when they have
     * one; NULL as null.
     */
    static String text(ResultSet rs, int column, int type) throws SQLException {
        if (type == Types.TIMESTAMP) {
            LocalDateTime value = rs.getObject(column, LocalDateTime.class);
            return value == null ? null : TIMESTAMP.format(value);
        }
        if (type == Types.TIMESTAMP_WITH_TIMEZONE) {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : TIMESTAMP_WITH_ZONE.format(value);
        }
        return rs.getString(column);
    }

    /** The first rows of a result as text (NULL as the shell's null marker), and how many rows it has. */
    private record Page(List<String> header, boolean[] numeric, List<String[]> rows, long total) {

        static Page read(ResultSet rs, ShellSettings settings) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> header = new ArrayList<>(n);
            boolean[] numeric = new boolean[n];
            int[] types = new int[n];
            for (int i = 1; i <= n; i++) {
                header.add(meta.getColumnLabel(i));
                types[i - 1] = meta.getColumnType(i);
                numeric[i - 1] = isNumeric(types[i - 1]);
            }
            List<String[]> rows = new ArrayList<>();
            long total = 0;
            while (rs.next()) {
                total++;
                if (settings.maxRows == 0 || rows.size() < settings.maxRows) {
                    String[] row = new String[n];
                    for (int i = 1; i <= n; i++) {
                        String value = text(rs, i, types[i - 1]);
                        row[i - 1] = value == null ? settings.nullValue : value;
                    }
                    rows.add(row);
                }
            }
            return new Page(header, numeric, rows, total);
        }

        private static boolean isNumeric(int type) {
            return switch (type) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                        Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
                default -> false;
            };
        }
    }
}
