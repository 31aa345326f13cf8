package kr.aiacademy.etl.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Runs SQL on the published warehouse (read-only) and writes the result as a table, CSV or JSON. */
final class QueryPrinter {

    private QueryPrinter() {
    }

    static void print(Path warehouse, String sql, OutputFormat format, PrintWriter out)
            throws SQLException, IOException {
        if (!Files.exists(warehouse)) {
            throw new IOException("no published warehouse at " + warehouse + ": run ./etl run first");
        }
        try (Connection connection = WarehouseReader.open(warehouse)) {
            print(connection, sql, format, out);
        }
    }

    static void print(Connection connection, String sql, OutputFormat format, PrintWriter out)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                out.println("OK");
                return;
            }
            try (ResultSet rs = statement.getResultSet()) {
                switch (format) {
                    case TABLE -> table(rs, out);
                    case CSV -> csv(rs, out);
                    case JSON -> json(rs, out);
                }
            }
        }
        out.flush();
    }

    private static void table(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> header = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        for (int i = 1; i <= n; i++) {
            header.add(meta.getColumnLabel(i));
            numeric[i - 1] = isNumeric(meta.getColumnType(i));
        }
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 1; i <= n; i++) {
                String value = rs.getString(i);
                row[i - 1] = value == null ? "NULL" : value;
            }
            rows.add(row);
        }
        TextTable.print(header, rows, numeric, out);
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

    private static void json(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        try (JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
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

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                    Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
            default -> false;
        };
    }
}
