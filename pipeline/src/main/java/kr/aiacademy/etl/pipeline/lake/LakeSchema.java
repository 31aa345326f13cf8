package kr.aiacademy.etl.pipeline.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** The columns of one kind of lake file, in order. */
public record LakeSchema<T>(String name, List<LakeColumn<T>> columns) {

    public LakeSchema {
        columns = List.copyOf(columns);
    }

    MessageType messageType() {
        List<Type> fields = new ArrayList<>(columns.size());
        for (LakeColumn<T> column : columns) {
            fields.add(column.type().parquetType(column.name()));
        }
        return new MessageType(name, fields);
    }
}
