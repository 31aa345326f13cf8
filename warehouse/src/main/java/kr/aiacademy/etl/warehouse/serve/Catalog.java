package kr.aiacademy.etl.warehouse.serve;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.sql.FlightSqlColumnMetadata;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import kr.aiacademy.etl.warehouse.build.SqlScript;

/** The warehouse's catalog as BI tools ask for it: schemas, tables with their columns, keys (DuckDB's catalog). */
final class Catalog {

    private static final String CATALOGS = """
            select database_name as catalog_name from duckdb_databases() where not internal order by 1""";
    private static final String COLUMNS = """
            select database_name, schema_name, table_name, column_name, data_type, is_nullable, comment
            from duckdb_columns() where not internal and schema_name <> 'build' -- the build's own state (BuildState)
            order by database_name, schema_name, table_name, column_index""";

    private final PublishedWarehouse warehouse;

    Catalog(PublishedWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    List<List<Object>> catalogs() throws SQLException {
        return query(CATALOGS);
    }

    List<List<Object>> schemas(String catalog, String schemaPattern) throws SQLException {
        return query(sql("db_schemas"), catalog, schemaPattern);
    }

    /** Tables and views; with {@code withSchema} each row also carries its columns as an Arrow schema. */
    List<List<Object>> tables(String catalog, String schemaPattern, String tablePattern, List<String> types,
            boolean withSchema) throws SQLException {
        List<List<Object>> tables = new ArrayList<>();
        Map<String, Schema> schemas = withSchema ? columns() : Map.of();
        for (List<Object> table : query(sql("tables"), catalog, schemaPattern, tablePattern)) {
            if (types.isEmpty() || types.contains((String) table.get(3))) {
                List<Object> row = new ArrayList<>(table);
                if (withSchema) {
                    row.add(schemas.getOrDefault(key(table.get(0), table.get(1), table.get(2)),
                            new Schema(List.of())).serializeAsMessage());
                }
                tables.add(row);
            }
        }
        return tables;
    }

    List<List<Object>> primaryKeys(String catalog, String schema, String table) throws SQLException {
        return query(sql("primary_keys"), catalog, schema, table);
    }

    /** Foreign key columns, of the referencing table and/or to the referenced one. */
    List<List<Object>> foreignKeys(String referencing, String referenced) throws SQLException {
        return query(sql("foreign_keys"), referencing, referenced);
    }

    /** Each table's and view's columns as Arrow fields, their comments as remarks. */
    private Map<String, Schema> columns() throws SQLException {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        try (PublishedWarehouse.Lease lease = warehouse.lease();
                ResultSet result = lease.prepared(COLUMNS).executeQuery()) {
            while (result.next()) {
                String type = result.getString("data_type");
                ArrowType arrow = ArrowSchemas.arrowType(type);
                FlightSqlColumnMetadata.Builder metadata = new FlightSqlColumnMetadata.Builder()
                        .catalogName(result.getString(1)).schemaName(result.getString(2))
                        .tableName(result.getString(3)).typeName(ArrowSchemas.baseName(type));
                if (arrow instanceof ArrowType.Decimal decimal) {
                    metadata.precision(decimal.getPrecision()).scale(decimal.getScale());
                }
                if (result.getString("comment") != null) {
                    metadata.remarks(result.getString("comment"));
                }
                fields.computeIfAbsent(key(result.getString(1), result.getString(2), result.getString(3)),
                        k -> new ArrayList<>()).add(new Field(result.getString("column_name"),
                        new FieldType(result.getBoolean("is_nullable"), arrow, null,
                                metadata.build().getMetadataMap()), null));
            }
        }
        Map<String, Schema> schemas = new LinkedHashMap<>();
        fields.forEach((table, columns) -> schemas.put(table, new Schema(columns)));
        return schemas;
    }

    private static String key(Object catalog, Object schema, Object table) {
        return catalog + "\u0000" + schema + "\u0000" + table;
    }

    private List<List<Object>> query(String sql, String... parameters) throws SQLException {
        try (PublishedWarehouse.Lease lease = warehouse.lease()) {
            PreparedStatement statement = lease.prepared(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return Rows.of(statement);
        }
    }

    /** The text of {@code sql/serve/<name>.sql}. */
    static String sql(String name) {
        return SqlScript.load("serve/" + name + ".sql").text();
    }
}
