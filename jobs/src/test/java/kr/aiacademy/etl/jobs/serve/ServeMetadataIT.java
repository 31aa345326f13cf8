package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flight.CallOption;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog calls BI tools make (JDBC DatabaseMetaData over Flight SQL) on a small warehouse with keys. */
class ServeMetadataIT {

    @TempDir
    static Path data;

    static SqlEndpoint endpoint;

    @BeforeAll
    static void serveASmallWarehouseWithKeysAndComments() throws Exception {
        Path file = data.resolve("warehouse/warehouse.duckdb");
        Files.createDirectories(file.getParent());
        try (Connection build = DuckDb.openForBuild(file); Statement statement = build.createStatement()) {
            statement.execute("create table dim_region (region_key integer primary key, name varchar)");
            statement.execute("create table fact_grant (grant_id bigint primary key, "
                    + "region_key integer references dim_region (region_key), amount decimal(12,2), granted_on date)");
            statement.execute("create view kpi_grants as select region_key, sum(amount) as total "
                    + "from fact_grant group by all");
            statement.execute("comment on column fact_grant.amount is '지원 금액 (원)'");
            // the build's own state (BuildState): in the file, not in the catalog
            statement.execute("create schema build");
            statement.execute("create table build.stg_grant (grant_id bigint, lake_file varchar)");
        }
        endpoint = SqlEndpoint.start(new EndpointSettings(file, "127.0.0.1", 0,
                Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1")));
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }

    @Test
    void listsCatalogsSchemasTablesAndTableTypes() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(column(meta.getCatalogs(), "TABLE_CAT")).containsExactly("warehouse");
            assertThat(column(meta.getSchemas(), "TABLE_SCHEM")).containsExactly("main");
            assertThat(column(meta.getTables(null, null, "%", null), "TABLE_NAME"))
                    .containsExactlyInAnyOrder("dim_region", "fact_grant", "kpi_grants");
            assertThat(column(meta.getTables(null, "main", "%", new String[] {"VIEW"}), "TABLE_NAME"))
                    .containsExactly("kpi_grants");
            assertThat(column(meta.getTables("warehouse", null, "fact\\_%", null), "TABLE_TYPE"))
                    .containsExactly("TABLE");
            assertThat(column(meta.getTableTypes(), "TABLE_TYPE")).containsExactly("TABLE", "VIEW");
        }
    }

    @Test
    void columnsCarryTypesPrecisionScaleAndCommentsAsRemarks() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port());
                ResultSet columns = connection.getMetaData().getColumns(null, null, "fact_grant", "%")) {
            List<String> described = new ArrayList<>();
            while (columns.next()) {
                described.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + " "
                        + columns.getInt("COLUMN_SIZE") + "," + columns.getInt("DECIMAL_DIGITS") + " "
                        + columns.getString("REMARKS"));
            }
            assertThat(described).hasSize(4).contains("amount DECIMAL 12,2 지원 금액 (원)")
                    .anyMatch(column -> column.startsWith("grant_id BIGINT "))
                    .anyMatch(column -> column.startsWith("granted_on DATE "));
        }
    }

    @Test
    void listsPrimaryAndForeignKeys() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(rows(meta.getPrimaryKeys(null, null, "fact_grant"), "COLUMN_NAME", "KEY_SEQ"))
                    .containsExactly(List.of("grant_id", "1"));
            assertThat(rows(meta.getImportedKeys(null, null, "fact_grant"), "PKTABLE_NAME", "PKCOLUMN_NAME",
                    "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ"))
                    .containsExactly(List.of("dim_region", "region_key", "fact_grant", "region_key", "1"));
            assertThat(rows(meta.getExportedKeys(null, null, "dim_region"), "FKTABLE_NAME"))
                    .containsExactly(List.of("fact_grant"));
            assertThat(rows(meta.getExportedKeys(null, null, "fact_grant"), "FKTABLE_NAME")).isEmpty();
        }
    }

    @Test
    void describesTheServerAndItsTypes() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(meta.getDatabaseProductName()).isEqualTo("etl serve (DuckDB warehouse)");
            assertThat(meta.isReadOnly()).isTrue();
            assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
        }
    }

    @Test
    void aFlightSqlClientGetsTypeInfoAndRunsPlainStatements() throws Exception {
        try (BufferAllocator allocator = new RootAllocator();
                FlightClient flight = FlightClient.builder(allocator, Location.forGrpcTls("127.0.0.1", endpoint.port()))
                        .verifyServer(false).build();
                FlightSqlClient client = new FlightSqlClient(flight)) {
            CallOption bearer = flight.authenticateBasicToken(FlightJdbc.USER, FlightJdbc.PASSWORD).orElseThrow();
            assertThat(strings(client, client.getXdbcTypeInfo(bearer), "type_name", bearer))
                    .contains("BIGINT", "DECIMAL", "VARCHAR", "DATE", "TIMESTAMP");
            assertThat(strings(client, client.getXdbcTypeInfo(Types.DECIMAL, bearer), "type_name", bearer))
                    .containsExactly("DECIMAL");
            assertThat(strings(client, client.execute("select name from dim_region order by 1", bearer), "name",
                    bearer)).isEmpty();
            assertThatThrownBy(() -> client.execute("copy dim_region to '/tmp/r.csv'", bearer))
                    .isInstanceOf(FlightRuntimeException.class).hasMessageContaining("not allowed: COPY");
        }
    }

    private static List<String> strings(FlightSqlClient client, FlightInfo info, String column, CallOption bearer)
            throws Exception {
        List<String> values = new ArrayList<>();
        try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket(), bearer)) {
            while (stream.next()) {
                VectorSchemaRoot root = stream.getRoot();
                for (int i = 0; i < root.getRowCount(); i++) {
                    values.add(String.valueOf(root.getVector(column).getObject(i)));
                }
            }
        }
        return values;
    }

    private static List<String> column(ResultSet result, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        try (result) {
            while (result.next()) {
                values.add(result.getString(name));
            }
        }
        return values;
    }

    private static List<List<String>> rows(ResultSet result, String... names) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (result) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (String name : names) {
                    row.add(result.getString(name));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
