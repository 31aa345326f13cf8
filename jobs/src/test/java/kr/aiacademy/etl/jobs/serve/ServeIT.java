package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flight SQL endpoint on the demo warehouse, through Apache Arrow's Flight SQL JDBC driver (a BI tool's view). */
class ServeIT {

    @TempDir
    static Path data;

    static SqlEndpoint endpoint;

    @BeforeAll
    static void loadTheDemoAndServeIt() throws Exception {
        Cli run = Cli.run("run", "--data-dir", data.toString(), "--quiet");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        endpoint = SqlEndpoint.start(new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"),
                "127.0.0.1", 0, Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD),
                SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1")));
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }

    @Test
    void servesTheKpiFiguresOfTheDemo() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            assertThat(FlightJdbc.rows(connection, "select cohort, applicants, admitted, competition_ratio, "
                    + "completers, completion_rate, local_share, outcome_rate, prize_total_krw, budget_krw, "
                    + "cost_per_completer_krw from kpi_cohort order by cohort"))
                    .containsExactly(
                            List.of("1", "1160", "200", "5.80", "155", "0.7750", "0.4710", "0.8387", "28000000",
                                    "3500000000", "22580645"),
                            java.util.Arrays.asList("2", "609", "180", "3.38", "0", null, null, null, "0",
                                    "4200000000", null));
            assertThat(FlightJdbc.rows(connection, "select fiscal_year, program_code, allocated_krw, yoy_growth "
                    + "from kpi_budget where fiscal_year = 2021 order by program_code"))
                    .containsExactly(List.of("2021", "GJ-AI-ACADEMY", "4200000000", "0.2000"),
                            List.of("2021", "GJ-AI-CITY", "80050000000", "0.1485"));
        }
    }

    @Test
    void preparedStatementsTakeParameters() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port());
                PreparedStatement statement = connection.prepareStatement(
                        "select applicants, completers from kpi_cohort where cohort = ? and planned_hours > ?")) {
            statement.setInt(1, 1);
            statement.setInt(2, 100);
            assertThat(FlightJdbc.rows(statement.executeQuery())).containsExactly(List.of("1160", "155"));
            statement.setInt(1, 2);
            assertThat(FlightJdbc.rows(statement.executeQuery())).containsExactly(List.of("609", "0"));
            statement.setInt(1, 1); // again: the kept answer of these values, not of the last ones
            assertThat(FlightJdbc.rows(statement.executeQuery())).containsExactly(List.of("1160", "155"));
        }
    }

    @Test
    void decimalDateTimestampBigintAndHangulRoundTripExactly() throws Exception {
        // twice: the second answer comes from the results the endpoint keeps, and must be as exact
        for (int run = 1; run <= 2; run++) {
            try (Connection connection = FlightJdbc.connect(endpoint.port());
                    ResultSet result = connection.createStatement().executeQuery("select "
                            + "12345678901234.56::decimal(16,2) as amount, date '2021-03-02' as day, "
                            + "timestamp '2021-03-02 10:11:12.123456' as at, 9007199254740993::bigint as big, "
                            + "'광주 인공지능 사관학교' as name")) {
                assertThat(result.next()).as("run %d", run).isTrue();
                assertThat(result.getBigDecimal("amount")).isEqualTo(new BigDecimal("12345678901234.56"));
                assertThat(result.getDate("day").toLocalDate()).hasToString("2021-03-02");
                assertThat(result.getTimestamp("at").toLocalDateTime()).hasToString("2021-03-02T10:11:12.123456");
                assertThat(result.getLong("big")).isEqualTo(9_007_199_254_740_993L);
                assertThat(result.getString("name")).isEqualTo("광주 인공지능 사관학교");
                ResultSetMetaData meta = result.getMetaData();
                assertThat(meta.getColumnType(1)).isEqualTo(Types.DECIMAL);
                assertThat(meta.getPrecision(1)).isEqualTo(16);
                assertThat(meta.getScale(1)).isEqualTo(2);
                assertThat(meta.getColumnTypeName(1)).isEqualTo("DECIMAL");
                assertThat(meta.getColumnType(4)).isEqualTo(Types.BIGINT);
                assertThat(meta.getColumnTypeName(5)).isEqualTo("VARCHAR");
            }
        }
    }

    @Test
    void aRepeatedQueryGetsTheSameAnswerAndOneThatCouldAnswerOtherwiseRunsEachTime() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            String kpi = "select * from kpi_cohort order by cohort";
            List<List<String>> first = FlightJdbc.rows(connection, kpi);
            assertThat(first).hasSize(2);
            assertThat(FlightJdbc.rows(connection, kpi)).isEqualTo(first);
            String random = "select random() as r, now() as at";
            assertThat(FlightJdbc.rows(connection, random)).isNotEqualTo(FlightJdbc.rows(connection, random));
        }
    }

    @Test
    void refusesEveryStatementThatIsNotAQueryAndKeepsServing() throws Exception {
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            assertThatThrownBy(() -> FlightJdbc.rows(connection, "select * from read_text('/etc/passwd')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("file system operations are disabled");
            for (String statement : List.of("attach '/tmp/x.duckdb' as x", "copy kpi_cohort to '/tmp/k.csv'",
                    "create table t (i int)", "set threads = 1", "install httpfs",
                    "select 1; drop table fact_application")) {
                assertThatThrownBy(() -> FlightJdbc.rows(connection, statement)).as(statement)
                        .isInstanceOf(SQLException.class).hasMessageContaining("not allowed");
            }
            assertThat(FlightJdbc.rows(connection, "select count(*) from fact_application"))
                    .containsExactly(List.of("1769"));
        }
    }

    @Test
    void wrongPasswordIsRefusedClearlyAndTheEndpointKeepsServing() throws Exception {
        assertThatThrownBy(() -> {
            try (Connection connection = FlightJdbc.connect(endpoint.port(), FlightJdbc.USER, "wrong")) {
                FlightJdbc.rows(connection, "select 1");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("wrong user name or password");
        assertThatThrownBy(() -> {
            try (Connection connection = FlightJdbc.connect(endpoint.port(), "intruder", FlightJdbc.PASSWORD)) {
                FlightJdbc.rows(connection, "select 1");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("wrong user name or password");
        try (Connection connection = FlightJdbc.connect(endpoint.port())) {
            assertThat(FlightJdbc.rows(connection, "select 1")).containsExactly(List.of("1"));
        }
    }

    @Test
    void refusesToStartWithoutItsUser() {
        Cli serve = Cli.run("serve", "--data-dir", data.toString(), "--port", "0");

        assertThat(serve.status()).isEqualTo(2);
        assertThat(serve.err().strip()).isEqualTo("error: ETL_SERVE_USER and ETL_SERVE_PASSWORD must be set: "
                + "the endpoint admits that user, and those of --users-file (see ./etl serve --help)");
    }
}
