package kr.aiacademy.etl.warehouse.query;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.Rows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sandbox of {@link WarehouseReader#open}: no statement reads or writes a file, attaches a database, changes a
 * setting or loads an extension. {@link WarehouseReader#check} refuses every statement that is not a query before
 * it reaches DuckDB; DuckDB refuses the rest (file functions in a query, {@code pragma}), and would refuse the
 * non-queries too.
 */
class WarehouseReaderTest {

    @TempDir
    static Path dir;

    private static Path warehouse;

    @BeforeAll
    static void buildWarehouse() throws Exception {
        LakeFixture lake = new LakeFixture(Files.createDirectories(dir.resolve("lake")));
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, APPLIED, 29, "p1",
                LocalDateTime.of(2020, 9, 1, 9, 0))));
        warehouse = lake.build(dir.resolve("warehouse/warehouse.duckdb"));
        Files.writeString(dir.resolve("secret.csv"), "key\nETL_PII_KEY=do-not-read\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            select * from read_csv('{dir}/secret.csv')                  | false | disabled by configuration
            select * from read_text('{dir}/secret.csv')                 | false | disabled by configuration
            select * from read_blob('{dir}/secret.csv')                 | false | disabled by configuration
            select * from glob('{dir}/*')                               | false | disabled by configuration
            select * from parquet_scan('{dir}/lake/sha-enrollment_20200901.csv.parquet') | false | disabled by configuration
            pragma threads=1                                            | false | locked
            copy (select 1) to '{dir}/copied.csv'                       | true  | disabled by configuration
            export database '{dir}/exported'                            | true  | disabled by configuration
            attach '{dir}/attached.duckdb' as attached                  | true  | disabled by configuration
            set threads = 1                                             | true  | locked
            load '{dir}/evil.duckdb_extension'                          | true  | external extensions is disabled
            install '{dir}/evil.duckdb_extension'                       | true  | disabled by configuration
            """)
    void refusesWhatIsNotAQueryOnTheWarehouseAndLeavesTheFilesAlone(String template, boolean refusedUpFront,
            String duckDbSays) throws Exception {
        String sql = template.replace("{dir}", dir.toString());
        Map<String, String> before = files();

        try (Connection connection = WarehouseReader.open(warehouse)) {
            if (refusedUpFront) {
                assertThatThrownBy(() -> WarehouseReader.check(sql)).isInstanceOf(RefusedStatementException.class)
                        .hasMessageStartingWith("not allowed: " + sql.substring(0, sql.indexOf(' ')).toUpperCase());
            } else {
                assertThat(WarehouseReader.check(sql)).containsExactly(sql);
            }
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
                        .hasMessageContaining(duckDbSays);
            }
            assertThat(Rows.of(connection, "select count(*) from fact_application")).containsExactly("1");
        }
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aQueryRunsAndItsStatementsComeBackInOrder() throws Exception {
        assertThat(WarehouseReader.check("select 1; -- first\n with x as (select 2) select * from x;"))
                .containsExactly("select 1", "-- first\n with x as (select 2) select * from x");
        try (Connection connection = WarehouseReader.open(warehouse)) {
            assertThat(Rows.of(connection, "select cohort, applicants from kpi_cohort")).containsExactly("1|1");
        }
    }

    @Test
    void theExportConnectionWritesIntoItsFolderAndNowhereElse() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        try (Connection connection = WarehouseReader.openWritingTo(warehouse, folder);
                Statement statement = connection.createStatement()) {
            statement.execute("copy (select 1 as x) to '" + folder.resolve("x.csv") + "'");
            assertThat(folder.resolve("x.csv")).exists();
            for (String outside : List.of(dir.resolve("outside.csv").toString(), folder + "/../outside.csv")) {
                try (Statement another = connection.createStatement()) {
                    assertThatThrownBy(() -> another.execute("copy (select 1) to '" + outside + "'"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("disabled by configuration");
                }
            }
        }
        assertThat(dir.resolve("outside.csv")).doesNotExist();
    }

    /** Every file and folder under the test folder with its size and modification time. */
    private static Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                files.put(dir.relativize(path).toString(), attributes.size() + " " + attributes.lastModifiedTime());
            }
        }
        return files;
    }
}
