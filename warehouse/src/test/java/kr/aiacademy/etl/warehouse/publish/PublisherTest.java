package kr.aiacademy.etl.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void aReaderOpenBeforePublishingKeepsItsViewAndANewReaderSeesTheNewFile() throws Exception {
        Path published = dir.resolve("warehouse.duckdb");
        database(published, 1);
        try (Connection before = WarehouseReader.open(published)) {
            Path built = Publisher.buildPath(published, "job2");
            database(built, 2);

            Publisher.publish(built, published);

            // a reader has a database instance of its own: a new one opens the new file while the old one reads on
            try (Connection after = WarehouseReader.open(published)) {
                assertThat(version(after)).isEqualTo(2);
            }
            assertThat(version(before)).isEqualTo(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(published);
        }
    }

    @Test
    void refusesAFileThatStillHasAWriteAheadLog() throws Exception {
        Path published = dir.resolve("warehouse.duckdb");
        Path built = Publisher.buildPath(published, "job3");
        database(built, 3);
        Files.writeString(built.resolveSibling(built.getFileName() + ".wal"), "x");

        assertThatThrownBy(() -> Publisher.publish(built, published)).isInstanceOf(IOException.class)
                .hasMessageContaining("write-ahead log");
        assertThat(published).doesNotExist();
    }

    private static void database(Path file, int version) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("create table version as select " + version + " as v");
            statement.execute("checkpoint");
        }
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select v from version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
