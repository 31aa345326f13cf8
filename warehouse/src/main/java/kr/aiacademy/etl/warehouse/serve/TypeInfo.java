package kr.aiacademy.etl.warehouse.serve;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The SQL types of the warehouse as Flight SQL GetXdbcTypeInfo (JDBC's getTypeInfo) lists them. */
final class TypeInfo {

    private static final List<List<Object>> TYPES = List.of(
            type("BOOLEAN", Types.BOOLEAN, 1, null, null, false, 0, 0, null),
            type("TINYINT", Types.TINYINT, 3, null, null, false, 0, 0, 10),
            type("SMALLINT", Types.SMALLINT, 5, null, null, false, 0, 0, 10),
            type("INTEGER", Types.INTEGER, 10, null, null, false, 0, 0, 10),
            type("BIGINT", Types.BIGINT, 19, null, null, false, 0, 0, 10),
            type("DECIMAL", Types.DECIMAL, 38, null, List.of("precision", "scale"), false, 0, 38, 10),
            type("FLOAT", Types.REAL, 24, null, null, false, null, null, 2),
            type("DOUBLE", Types.DOUBLE, 53, null, null, false, null, null, 2),
            type("VARCHAR", Types.VARCHAR, Integer.MAX_VALUE, "'", null, true, null, null, null),
            type("BLOB", Types.VARBINARY, Integer.MAX_VALUE, "'", null, false, null, null, null),
            type("DATE", Types.DATE, 10, "DATE '", null, false, null, null, null),
            type("TIME", Types.TIME, 15, "TIME '", null, false, 0, 6, null),
            type("TIMESTAMP", Types.TIMESTAMP, 26, "TIMESTAMP '", null, false, 0, 6, null),
            type("TIMESTAMP WITH TIME ZONE", Types.TIMESTAMP_WITH_TIMEZONE, 32, "TIMESTAMPTZ '", null, false, 0, 6,
                    null));

    private TypeInfo() {
    }

    /** Every type, or those of one JDBC type code. */
    static List<List<Object>> rows(Integer dataType) {
        return TYPES.stream().filter(row -> dataType == null || row.get(1).equals(dataType)).toList();
    }

    private static List<Object> type(String name, int code, int size, String prefix, List<String> parameters,
            boolean caseSensitive, Integer minimumScale, Integer maximumScale, Integer radix) {
        boolean numeric = radix != null;
        return new ArrayList<>(Arrays.asList(name, code, size, prefix, prefix == null ? null : "'", parameters,
                1, caseSensitive, 3, numeric ? false : null, name.equals("DECIMAL"), numeric ? false : null, name,
                minimumScale, maximumScale, code, null, radix, null));
    }
}
