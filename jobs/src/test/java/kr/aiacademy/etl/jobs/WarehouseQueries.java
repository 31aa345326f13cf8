package kr.aiacademy.etl.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/** Reads the published warehouse of a data directory: each row as a list of strings. */
public final class WarehouseQueries {

    private WarehouseQueries() {
    }

    public static Path published(Path dataDir) {
        return dataDir.resolve("warehouse/warehouse.duckdb");
    }

    public static List<List<String>> query(Path dataDir, String sql) throws Exception {
        try (Connection connection = WarehouseReader.open(published(dataDir))) {
            return query(connection, sql);
        }
    }

    public static List<List<String>> query(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
