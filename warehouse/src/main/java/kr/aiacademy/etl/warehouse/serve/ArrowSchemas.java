package kr.aiacademy.etl.warehouse.serve;

import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.arrow.flight.sql.FlightSqlColumnMetadata;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Arrow schemas of DuckDB results and parameters, their fields annotated with the SQL type name, precision and
 * scale (Flight SQL column metadata), so that a client's {@code ResultSetMetaData} tells the DuckDB type.
 */
final class ArrowSchemas {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

    private ArrowSchemas() {
    }

    /** The schema a prepared query will have, from DuckDB's description of it (before it runs). */
    static Schema ofPrepared(ResultSetMetaData meta) throws SQLException {
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            fields.add(annotated(meta.getColumnLabel(i), arrowType(meta.getColumnTypeName(i)), null,
                    meta.getColumnTypeName(i)));
        }
        return new Schema(fields);
    }

    /** The schema of the parameters of a prepared query; a parameter whose type DuckDB cannot tell is text. */
    static Schema ofParameters(ParameterMetaData meta) throws SQLException {
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i <= meta.getParameterCount(); i++) {
            String type = typeName(meta, i);
            fields.add(annotated("p" + i, arrowType(type), null, type));
        }
        return new Schema(fields);
    }

    /** DuckDB's own Arrow schema of a result, its fields annotated from the result's metadata. */
    static Schema annotate(Schema exported, ResultSetMetaData meta) throws SQLException {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < exported.getFields().size(); i++) {
            Field field = exported.getFields().get(i);
            fields.add(new Field(field.getName(), new FieldType(field.isNullable(), field.getType(),
                    field.getDictionary(), metadata(field.getType(), meta.getColumnTypeName(i + 1))),
                    field.getChildren()));
        }
        return new Schema(fields, exported.getCustomMetadata());
    }

    private static Field annotated(String name, ArrowType type, List<Field> children, String sqlType) {
        return new Field(name, new FieldType(true, type, null, metadata(type, sqlType)), children);
    }

    private static java.util.Map<String, String> metadata(ArrowType type, String sqlType) {
        FlightSqlColumnMetadata.Builder builder = new FlightSqlColumnMetadata.Builder()
                .typeName(baseName(sqlType)).isReadOnly(true).isSearchable(true).isAutoIncrement(false)
                .isCaseSensitive(type instanceof ArrowType.Utf8);
        if (type instanceof ArrowType.Decimal decimal) {
            builder.precision(decimal.getPrecision()).scale(decimal.getScale());
        } else if (type instanceof ArrowType.Int integer) {
            builder.precision(switch (integer.getBitWidth()) {
                case 8 -> 3;
                case 16 -> 5;
                case 32 -> 10;
                default -> 19;
            }).scale(0);
        } else if (type instanceof ArrowType.Date) {
            builder.precision(10).scale(0);
        } else if (type instanceof ArrowType.Timestamp) {
            builder.precision(26).scale(6);
        }
        return builder.build().getMetadataMap();
    }

    /** The type name without its arguments: {@code DECIMAL(8,2)} is {@code DECIMAL}. */
    static String baseName(String sqlType) {
        String upper = sqlType == null ? "" : sqlType.toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        return paren < 0 ? upper : upper.substring(0, paren);
    }

    /** The Arrow type DuckDB's export gives a column of this SQL type (text for anything not listed). */
    static ArrowType arrowType(String sqlType) {
        String type = sqlType == null ? "" : sqlType.toUpperCase(Locale.ROOT).strip();
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return new ArrowType.Decimal(Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)), 128);
        }
        return switch (type) {
            case "BOOLEAN" -> ArrowType.Bool.INSTANCE;
            case "TINYINT" -> new ArrowType.Int(8, true);
            case "SMALLINT" -> new ArrowType.Int(16, true);
            case "INTEGER" -> new ArrowType.Int(32, true);
            case "BIGINT" -> new ArrowType.Int(64, true);
            case "UTINYINT" -> new ArrowType.Int(8, false);
            case "USMALLINT" -> new ArrowType.Int(16, false);
            case "UINTEGER" -> new ArrowType.Int(32, false);
            case "UBIGINT" -> new ArrowType.Int(64, false);
            case "HUGEINT" -> new ArrowType.Decimal(38, 0, 128);
            case "FLOAT" -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case "DOUBLE" -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case "DATE" -> new ArrowType.Date(DateUnit.DAY);
            case "TIME" -> new ArrowType.Time(TimeUnit.MICROSECOND, 64);
            case "TIMESTAMP" -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
            case "TIMESTAMP WITH TIME ZONE" -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
            case "BLOB" -> ArrowType.Binary.INSTANCE;
            default -> ArrowType.Utf8.INSTANCE;
        };
    }

    private static String typeName(ParameterMetaData meta, int i) {
        try {
            return meta.getParameterTypeName(i);
        } catch (SQLException e) {
            return "VARCHAR";
        }
    }
}
