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
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the KPI views of a published warehouse into a folder: {@code <view>.csv} (RFC 4180: CRLF, header row,
 * UTF-8) and {@code <view>.parquet}. Each file is written under a temporary name and renamed when complete.
 */
public final class KpiExtract {

    public static final List<String> VIEWS = List.of("kpi_cohort", "kpi_budget");

    private KpiExtract() {
    }

    /** Writes every KPI view; returns the files written. */
    public static List<Path> write(Path warehouse, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        try (Connection connection = WarehouseReader.openWritingInto(warehouse, folder)) {
            for (String view : VIEWS) {
                written.add(csv(connection, view, folder.resolve(view + ".csv")));
                written.add(parquet(connection, view, folder.resolve(view + ".parquet")));
            }
        }
        return written;
    }

    private static Path csv(Connection connection, String view, Path target) throws SQLException, IOException {
        Path temporary = temporary(target);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + view);
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
            }
            printer.flush();
        }
        return commit(temporary, target);
    }

    private static Path parquet(Connection connection, String view, Path target) throws SQLException, IOException {
        Path temporary = temporary(target);
        try (Statement statement = connection.createStatement()) {
            statement.execute("copy (select * from " + view + ") to '"
                    + temporary.toString().replace("'", "''") + "' (format parquet)");
        }
        return commit(temporary, target);
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private static Path commit(Path temporary, Path target) throws IOException {
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
