package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes KPI extracts into a folder: {@code <name>.csv} (RFC 4180: CRLF, header row, UTF-8; NULL as an empty
 * field) and {@code <name>.parquet}. Each file is written under a temporary name and renamed when complete.
 */
public final class KpiExtract {

    /** The views of an internal extract. */
    public static final List<String> VIEWS = List.of("kpi_cohort", "kpi_budget", "kpi_definitions",
            "kpi_cohort_rates", "kpi_cohort_total", "kpi_budget_execution");

    private KpiExtract() {
    }

    /** The extracts of an internal export: every KPI view whole. */
    public static List<Extract> internal() {
        return VIEWS.stream().map(Extract::view).toList();
    }

    /**
     * Writes each extract through a connection that may write into the folder; returns the rows of each.
     */
    public static Map<String, Long> write(Connection connection, Path folder, List<Extract> extracts)
            throws SQLException, IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Extract extract : extracts) {
            rows.put(extract.name(), csv(connection, extract.query(), folder.resolve(extract.name() + ".csv")));
            parquet(connection, extract.query(), folder.resolve(extract.name() + ".parquet"));
        }
        return rows;
    }

    private static long csv(Connection connection, String query, Path target) throws SQLException, IOException {
        Path temporary = temporary(target);
        long rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query);
                Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            ResultSetMetaData meta = rs.getMetaData();
            String[] header = new String[meta.getColumnCount()];
            for (int i = 0; i < header.length; i++) {
                header[i] = meta.getColumnLabel(i + 1);
            }
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
            Object[] values = new Object[header.length];
            while (rs.next()) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(i + 1);
                }
                printer.printRecord(values);
                rows++;
            }
            printer.flush();
        }
        commit(temporary, target);
        return rows;
    }

    private static void parquet(Connection connection, String query, Path target) throws SQLException, IOException {
        Path temporary = temporary(target);
        try (Statement statement = connection.createStatement()) {
            statement.execute("copy (" + query + ") to '" + temporary.toString().replace("'", "''")
                    + "' (format parquet)");
        }
        commit(temporary, target);
    }

    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    static void commit(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
