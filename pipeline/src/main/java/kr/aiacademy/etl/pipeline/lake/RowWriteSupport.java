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
    private final List<ValueWriter> writers;
    private final MessageType messageType;
    private RecordConsumer consumer;

    RowWriteSupport(LakeSchema<T> schema) {
        this.columns = schema.columns();
        this.writers = columns.stream().map(column -> writer(column.type())).toList();
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
                writers.get(i).add(consumer, value);
                consumer.endField(column.name(), i);
            }
        }
        consumer.endMessage();
    }

    /** Adds one non-null value of a column's type to the record being written. */
    private interface ValueWriter {
        void add(RecordConsumer consumer, Object value);
    }

    private static ValueWriter writer(LakeType type) {
        return switch (type) {
            case STRING -> (consumer, value) -> consumer.addBinary(Binary.fromString((String) value));
            case INT -> (consumer, value) -> consumer.addInteger((Integer) value);
            case LONG -> (consumer, value) -> consumer.addLong((Long) value);
            case DATE -> (consumer, value) -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
            case TIMESTAMP -> (consumer, value) -> consumer.addLong(micros((LocalDateTime) value));
            case BOOLEAN -> (consumer, value) -> consumer.addBoolean((Boolean) value);
            case BINARY -> (consumer, value) -> consumer.addBinary(Binary.fromConstantByteArray((byte[]) value));
            case STRING_LIST -> (consumer, value) -> addList(consumer, (List<?>) value);
        };
    }

    /** The three-level LIST layout of the Parquet spec: list (repeated) of element. */
    private static void addList(RecordConsumer consumer, List<?> values) {
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
