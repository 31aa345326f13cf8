package kr.aiacademy.etl.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import kr.aiacademy.etl.warehouse.build.DataTest;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each data test of the models' headers catches its own violation: given a tiny fixture that breaks it
 * ({@code quality/violations.sql}), the test's query counts the rows that break it. A test without a fixture, or
 * a fixture of no test, fails here.
 */
class QualityChecksTest {

    private static final Map<String, String> FIXTURES = fixtures();

    static Stream<DataTest> checks() {
        return QualityGate.checks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void catchesItsOwnViolation(DataTest check) throws Exception {
        assertThat(FIXTURES).as("a violating fixture of %s in quality/violations.sql", check.name())
                .containsKey(check.name());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            for (String sql : new SqlScript("quality/violations.sql", FIXTURES.get(check.name())).statements()) {
                statement.execute(sql);
            }
            try (ResultSet rs = statement.executeQuery(check.sql())) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(check.name());
                assertThat(rs.getLong(2)).as(check.sql()).isPositive();
            }
        }
    }

    @Test
    void everyFixtureBelongsToATest() {
        assertThat(QualityGate.checks()).extracting(DataTest::name).containsAll(FIXTURES.keySet())
                .doesNotHaveDuplicates();
    }

    /** The sections of the fixture file by the check they break. */
    private static Map<String, String> fixtures() {
        Map<String, String> fixtures = new LinkedHashMap<>();
        String check = null;
        for (String line : text().split("\n")) {
            if (line.startsWith("-- check: ")) {
                check = line.substring("-- check: ".length()).strip();
                fixtures.put(check, "");
            } else if (check != null) {
                fixtures.merge(check, line + "\n", String::concat);
            }
        }
        return fixtures;
    }

    private static String text() {
        try (InputStream in = QualityChecksTest.class.getResourceAsStream("/quality/violations.sql")) {
            return new String(Objects.requireNonNull(in, "quality/violations.sql").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
