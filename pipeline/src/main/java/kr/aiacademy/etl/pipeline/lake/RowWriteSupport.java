package kr.aiacademy.etl.pipeline.lake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes rows field by field from a {@link LakeSchema}: no intermediate objects per row. */
final class RowWriteSupport<T> extends WriteSupport<T> {

    private final List<LakeColumn<T>> columns;
    private final MessageType messageType;
    private RecordConsumer consumer;

    RowWriteSupport(LakeSchema<T> schema) {
        this.columns = schema.columns();
        this.messageType = schema.messageType();
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(T row) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            LakeColumn<T> column = columns.get(i);
            Object value = column.value().apply(row);
            if (value != null) {
                consumer.startField(column.name(), i);
                add(column.type(), value);
                consumer.endField(column.name(), i);
            }
        }
        consumer.endMessage();
    }

    private void add(LakeType type, Object value) {
        switch (type) {
            case STRING -> consumer.addBinary(Binary.fromString((String) value));
            case INT -> consumer.addInteger((Integer) value);
            case LONG -> consumer.addLong((Long) value);
            case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
            case TIMESTAMP -> consumer.addLong(micros((LocalDateTime) value));
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
            case BINARY -> consumer.addBinary(Binary.fromConstantByteArray((byte[]) value));
            case STRING_LIST -> addList((List<?>) value);
        }
    }

    /** The three-level LIST layout of the Parquet spec: list (repeated) of element. */
    private void addList(List<?> values) {
        consumer.startGroup();
        if (!values.isEmpty()) {
            consumer.startField("list", 0);
            for (Object value : values) {
                consumer.startGroup();
                if (value != null) {
                    consumer.startField("element", 0);
                    consumer.addBinary(Binary.fromString((String) value));
                    consumer.endField("element", 0);
                }
                consumer.endGroup();
            }
            consumer.endField("list", 0);
        }
        consumer.endGroup();
    }

    private static long micros(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + time.getNano() / 1_000;
    }
}
