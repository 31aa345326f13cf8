package kr.aiacademy.etl.warehouse.serve;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.types.pojo.Schema;

/** Sends small answers (catalog look-ups) as one Arrow batch in the fixed schema Flight SQL gives them. */
final class Rows {

    private Rows() {
    }

    /** The rows of a query, each value as JDBC's {@code getObject} gives it. */
    static List<List<Object>> of(PreparedStatement statement) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void send(Schema schema, List<List<Object>> rows, BufferAllocator allocator,
            ServerStreamListener listener) {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
            root.allocateNew();
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < root.getFieldVectors().size(); column++) {
                    Object value = rows.get(row).get(column);
                    if (value != null) {
                        set(root.getVector(column), row, value);
                    }
                }
            }
            root.setRowCount(rows.size());
            listener.start(root);
            listener.putNext();
            listener.completed();
        }
    }

    private static void set(FieldVector vector, int row, Object value) {
        if (vector instanceof VarCharVector text) {
            text.setSafe(row, value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (vector instanceof IntVector integer) {
            integer.setSafe(row, ((Number) value).intValue());
        } else if (vector instanceof UInt1Vector small) {
            small.setSafe(row, ((Number) value).intValue());
        } else if (vector instanceof BitVector bit) {
            bit.setSafe(row, Boolean.TRUE.equals(value) ? 1 : 0);
        } else if (vector instanceof VarBinaryVector binary) {
            binary.setSafe(row, (byte[]) value);
        } else if (vector instanceof ListVector list) {
            UnionListWriter writer = list.getWriter();
            writer.setPosition(row);
            writer.startList();
            for (Object item : (List<?>) value) {
                writer.writeVarChar(item.toString());
            }
            writer.endList();
        } else {
            throw new IllegalArgumentException("no writer for " + vector.getField());
        }
    }
}
