package kr.aiacademy.etl.jobs.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history queries of {@link HistoryRunsTest} on PostgreSQL metadata (the {@code postgres} profile). */
class HistoryPostgresIT extends HistoryRunsTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    DataSource emptyDatabase() {
        DataSource dataSource = postgres.getPostgresDatabase();
        JdbcClient.create(dataSource).sql("drop schema public cascade; create schema public").update();
        return dataSource;
    }

    @Override
    String batchSchema() {
        return "schema-postgresql.sql";
    }
}
