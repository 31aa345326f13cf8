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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes one result in a {@link ResultFormat}. */
public final class ResultPrinter {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ResultPrinter() {
    }

    /** Writes the rows of a result; {@code width} is the terminal's (0 when not a terminal: no fitting). */
    public static void print(ResultSet rs, ShellSettings settings, int width, PrintWriter out)
            throws SQLException, IOException {
        switch (settings.format) {
            case TABLE -> table(Page.read(rs, settings), width, out);
            case MARKDOWN -> markdown(Page.read(rs, settings), out);
            case LINE -> line(Page.read(rs, settings), out);
            case CSV -> csv(rs, out);
            case JSON -> json(rs, out);
        }
        out.flush();
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
                values[i - 1] = rs.getString(i);
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
                        json.writeString(rs.getString(i));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    /** The first rows of a result as text (NULL as the shell's null marker), and how many rows it has. */
    private record Page(List<String> header, boolean[] numeric, List<String[]> rows, long total) {

        static Page read(ResultSet rs, ShellSettings settings) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> header = new ArrayList<>(n);
            boolean[] numeric = new boolean[n];
            for (int i = 1; i <= n; i++) {
                header.add(meta.getColumnLabel(i));
                numeric[i - 1] = isNumeric(meta.getColumnType(i));
            }
            List<String[]> rows = new ArrayList<>();
            long total = 0;
            while (rs.next()) {
                total++;
                if (settings.maxRows == 0 || rows.size() < settings.maxRows) {
                    String[] row = new String[n];
                    for (int i = 1; i <= n; i++) {
                        String value = rs.getString(i);
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
