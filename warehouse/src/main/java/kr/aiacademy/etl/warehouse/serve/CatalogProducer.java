package kr.aiacademy.etl.warehouse.serve;

import java.sql.SQLException;
import java.util.List;
import org.apache.arrow.flight.sql.BasicFlightSqlProducer;
import org.apache.arrow.flight.sql.SqlInfoBuilder;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetCrossReference;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetDbSchemas;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetExportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetImportedKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetPrimaryKeys;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetSqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetTables;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandGetXdbcTypeInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedTransaction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The catalog calls BI tools make on connecting and browsing: catalogs, schemas, tables (with their columns and
 * comments), table types, primary and foreign keys, server and type information.
 */
abstract class CatalogProducer extends BasicFlightSqlProducer {

    private final Catalog catalog;
    private final BufferAllocator allocator;
    private final SqlInfoBuilder sqlInfo = new SqlInfoBuilder()
            .withFlightSqlServerName("etl serve (DuckDB warehouse)")
            .withFlightSqlServerVersion(org.duckdb.DuckDBDriver.class.getPackage().getImplementationVersion() == null
                    ? "DuckDB" : "DuckDB " + org.duckdb.DuckDBDriver.class.getPackage().getImplementationVersion())
            .withFlightSqlServerArrowVersion("18.3.0")
            .withFlightSqlServerReadOnly(true)
            .withFlightSqlServerSql(true)
            .withFlightSqlServerSubstrait(false)
            .withFlightSqlServerCancel(true)
            .withFlightSqlServerTransaction(SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_NONE)
            .withSqlIdentifierQuoteChar("\"")
            .withSqlSearchStringEscape("\\")
            .withSqlSchemaTerm("schema")
            .withSqlCatalogTerm("database")
            .withSqlDdlCatalog(false)
            .withSqlDdlSchema(false)
            .withSqlDdlTable(false)
            .withSqlTransactionsSupported(false)
            .withSqlSupportsColumnAliasing(true)
            .withSqlNullPlusNullIsNull(true)
            .withSqlSupportsExpressionsInOrderBy(true)
            .withSqlSupportsLikeEscapeClause(true)
            .withSqlCorrelatedSubqueriesSupported(true)
            .withSqlAllTablesAreSelectable(true);

    CatalogProducer(PublishedWarehouse warehouse, BufferAllocator allocator) {
        this.catalog = new Catalog(warehouse);
        this.allocator = allocator;
    }

    /** Lists from the catalog, sent in their fixed schema; a failure is the client's error, not the server's. */
    private interface Lookup {
        List<List<Object>> rows() throws SQLException;
    }

    private void send(Schema schema, Lookup lookup, ServerStreamListener listener) {
        List<List<Object>> rows;
        try {
            rows = lookup.rows();
        } catch (Exception e) {
            listener.error(Errors.of(e));
            return;
        }
        Rows.send(schema, rows, allocator, listener);
    }

    @Override
    public void getStreamCatalogs(CallContext context, ServerStreamListener listener) {
        send(Schemas.GET_CATALOGS_SCHEMA, catalog::catalogs, listener);
    }

    @Override
    public void getStreamSchemas(CommandGetDbSchemas command, CallContext context, ServerStreamListener listener) {
        send(Schemas.GET_SCHEMAS_SCHEMA, () -> catalog.schemas(command.hasCatalog() ? command.getCatalog() : null,
                command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null), listener);
    }

    @Override
    public void getStreamTables(CommandGetTables command, CallContext context, ServerStreamListener listener) {
        send(command.getIncludeSchema() ? Schemas.GET_TABLES_SCHEMA : Schemas.GET_TABLES_SCHEMA_NO_SCHEMA,
                () -> catalog.tables(command.hasCatalog() ? command.getCatalog() : null,
                        command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null,
                        command.hasTableNameFilterPattern() ? command.getTableNameFilterPattern() : null,
                        command.getTableTypesList(), command.getIncludeSchema()), listener);
    }

    @Override
    public void getStreamTableTypes(CallContext context, ServerStreamListener listener) {
        send(Schemas.GET_TABLE_TYPES_SCHEMA, () -> List.of(List.of("TABLE"), List.of("VIEW")), listener);
    }

    @Override
    public void getStreamPrimaryKeys(CommandGetPrimaryKeys command, CallContext context,
            ServerStreamListener listener) {
        send(Schemas.GET_PRIMARY_KEYS_SCHEMA, () -> catalog.primaryKeys(
                command.hasCatalog() ? command.getCatalog() : null,
                command.hasDbSchema() ? command.getDbSchema() : null, command.getTable()), listener);
    }

    @Override
    public void getStreamImportedKeys(CommandGetImportedKeys command, CallContext context,
            ServerStreamListener listener) {
        send(Schemas.GET_IMPORTED_KEYS_SCHEMA, () -> catalog.foreignKeys(command.getTable(), null), listener);
    }

    @Override
    public void getStreamExportedKeys(CommandGetExportedKeys command, CallContext context,
            ServerStreamListener listener) {
        send(Schemas.GET_EXPORTED_KEYS_SCHEMA, () -> catalog.foreignKeys(null, command.getTable()), listener);
    }

    @Override
    public void getStreamCrossReference(CommandGetCrossReference command, CallContext context,
            ServerStreamListener listener) {
        send(Schemas.GET_CROSS_REFERENCE_SCHEMA,
                () -> catalog.foreignKeys(command.getFkTable(), command.getPkTable()), listener);
    }

    @Override
    public void getStreamSqlInfo(CommandGetSqlInfo command, CallContext context, ServerStreamListener listener) {
        sqlInfo.send(command.getInfoList(), listener);
    }

    @Override
    public void getStreamTypeInfo(CommandGetXdbcTypeInfo command, CallContext context,
            ServerStreamListener listener) {
        send(Schemas.GET_TYPE_INFO_SCHEMA, () -> TypeInfo.rows(command.hasDataType() ? command.getDataType() : null),
                listener);
    }
}
