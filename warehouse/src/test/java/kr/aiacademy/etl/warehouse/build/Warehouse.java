package kr.aiacademy.etl.warehouse.build;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/** Reads a built warehouse in tests: each row as a list of strings. */
final class Warehouse {

    private Warehouse() {
    }

    static List<List<String>> query(Path file, String sql) throws Exception {
        try (Connection connection = WarehouseReader.open(file); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
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
