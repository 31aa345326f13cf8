package kr.aiacademy.etl.warehouse.serve;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.Text;

/** Parameter values a client sends (one Arrow row per execution) as the Java values DuckDB binds. */
final class Parameters {

    private Parameters() {
    }

    /** The row of parameters of a query: exactly one row (none when the query has no parameters). */
    static List<Object> read(FlightStream stream) {
        List<Object> values = null;
        while (stream.next()) {
            VectorSchemaRoot root = stream.getRoot();
            for (int row = 0; row < root.getRowCount(); row++) {
                if (values != null) {
                    throw Errors.invalid("a query takes one row of parameters, not several");
                }
                values = row(root, row);
            }
        }
        return values == null ? Collections.emptyList() : values;
    }

    private static List<Object> row(VectorSchemaRoot root, int row) {
        List<Object> values = new ArrayList<>();
        for (FieldVector vector : root.getFieldVectors()) {
            values.add(value(vector, row));
        }
        return values;
    }

    private static Object value(FieldVector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        if (vector instanceof DateDayVector days) {
            return LocalDate.ofEpochDay(days.get(row));
        }
        Object value = vector.getObject(row);
        return value instanceof Text text ? text.toString() : value;
    }

    static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
