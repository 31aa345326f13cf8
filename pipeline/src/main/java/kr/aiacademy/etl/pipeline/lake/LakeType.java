package kr.aiacademy.etl.pipeline.lake;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** The value types a lake column can hold, with their Parquet physical and logical types. */
public enum LakeType {
    /** UTF-8 text. */
    STRING,
    /** 32-bit integer. */
    INT,
    /** 64-bit integer. */
    LONG,
    /** Calendar date ({@code LocalDate}). */
    DATE,
    /** Local date-time in Asia/Seoul, not adjusted to UTC ({@code LocalDateTime}); DuckDB reads TIMESTAMP. */
    TIMESTAMP,
    /** Boolean. */
    BOOLEAN,
    /** Raw bytes ({@code byte[]}); DuckDB reads BLOB. */
    BINARY,
    /** A list of UTF-8 texts ({@code List<String>}); DuckDB reads VARCHAR[]. */
    STRING_LIST;

    Type parquetType(String name) {
        return switch (this) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType()).named(name);
            case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case DATE -> Types.optional(PrimitiveTypeName.INT32)
                    .as(LogicalTypeAnnotation.dateType()).named(name);
            case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS))
                    .named(name);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
            case BINARY -> Types.optional(PrimitiveTypeName.BINARY).named(name);
            case STRING_LIST -> Types.optionalList()
                    .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(name);
        };
    }
}
