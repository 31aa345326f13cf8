package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacrosTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "1160, 200, 2, 5.80",
            "609, 180, 2, 3.38",
            "1, 8, 2, 0.13",
            "1, 16, 4, 0.0625",
            "5, 2000, 3, 0.003",
            "130, 155, 4, 0.8387",
            "3500000000, 155, 0, 22580645",
            "-1, 8, 2, -0.13",
            "1, 0, 2, NULL",
            "0, 5, 4, 0.0000"})
    void divHalfUpRoundsHalvesAwayFromZeroAndNullsAZeroDenominator(long n, long d, int places, String expected)
            throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            SqlScript.load("schema/macros.sql").run(connection);
            try (ResultSet rs = statement.executeQuery("select div_half_up(" + n + ", " + d + ", " + places
                    + ")::decimal(18, " + places + ")")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(expected);
            }
        }
    }
}
