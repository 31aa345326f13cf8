package kr.aiacademy.etl.warehouse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections and prepared statements kept between queries on a real DuckDB file, across a publish. */
class PublishedWarehouseTest {

    private static final String QUERY = "select label from answer where id = ?";

    @TempDir
    Path dir;

    @Test
    void aQueryAskedAgainRunsOnTheKeptStatementWithNothingOfTheLastQueryBound() throws Exception {
        Path file = publish("old");
        try (PublishedWarehouse warehouse = new PublishedWarehouse(file, 1 << 20)) {
            PreparedStatement first;
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                first = lease.prepared(QUERY);
                first.setInt(1, 1);
                assertThat(label(first)).isEqualTo("old");
            }
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                PreparedStatement again = lease.prepared(QUERY);
                assertThat(again).isSameAs(first);
                // the previous query's value is not bound any more: running it unbound is an error, not old data
                assertThatThrownBy(again::executeQuery).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void aDiscardedConnectionIsClosedAndNotGivenToTheNextQuery() throws Exception {
        Path file = publish("old");
        try (PublishedWarehouse warehouse = new PublishedWarehouse(file, 1 << 20)) {
            PreparedStatement spoiled;
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                spoiled = lease.prepared(QUERY);
                lease.discard();
            }
            assertThat(spoiled.isClosed()).isTrue();
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                PreparedStatement fresh = lease.prepared(QUERY);
                assertThat(fresh).isNotSameAs(spoiled);
                fresh.setInt(1, 1);
                assertThat(label(fresh)).isEqualTo("old");
            }
        }
    }

    @Test
    void afterAPublishNewQueriesSeeTheNewFileWhileARunningOneKeepsTheOldUntilItEnds() throws Exception {
        Path file = publish("old");
        try (PublishedWarehouse warehouse = new PublishedWarehouse(file, 1 << 20)) {
            PreparedStatement kept;
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                kept = lease.prepared(QUERY);
            }
            PublishedWarehouse.Lease running = warehouse.lease();
            PreparedStatement onOld = running.prepared(QUERY);
            assertThat(onOld).isSameAs(kept);

            publish("new");
            try (PublishedWarehouse.Lease lease = warehouse.lease()) {
                PreparedStatement onNew = lease.prepared(QUERY);
                assertThat(onNew).isNotSameAs(onOld);
                onNew.setInt(1, 1);
                assertThat(label(onNew)).isEqualTo("new");
            }
            onOld.setInt(1, 1);
            assertThat(label(onOld)).isEqualTo("old");
            running.close();
            // the old file's last query ended: its connection is closed, not kept for queries that would see it
            assertThat(onOld.isClosed()).isTrue();
        }
    }

    /** Writes a warehouse file answering {@code label} and renames it over the published one, as publish does. */
    private Path publish(String label) throws Exception {
        Path next = Files.createTempFile(dir, "next", ".duckdb");
        Files.delete(next);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + next);
                Statement statement = connection.createStatement()) {
            statement.execute("create table answer as select 1 as id, '" + label + "' as label");
        }
        Path file = dir.resolve("warehouse.duckdb");
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static String label(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
