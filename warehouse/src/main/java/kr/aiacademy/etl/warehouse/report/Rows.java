package kr.aiacademy.etl.warehouse.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.build.SqlScript;

/** Runs a query of {@code sql/report/} (or a catalog look-up) and maps each row. */
final class Rows {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** The text of {@code sql/report/<name>.sql}. */
    static String report(String name) {
        return SqlScript.load("report/" + name + ".sql").text();
    }

    static <T> List<T> list(Connection connection, String sql, Mapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    static Long count(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Long.class);
    }
}
