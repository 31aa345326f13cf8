package kr.aiacademy.etl.jobs.history;

import javax.sql.DataSource;
import kr.aiacademy.etl.jobs.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history queries of {@link HistoryRunsTest} on PostgreSQL metadata (the {@code postgres} profile). */
class HistoryPostgresIT extends HistoryRunsTest {

    private static SharedPostgres.Database postgres;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    @Override
    DataSource emptyDatabase() {
        DataSource dataSource = postgres.dataSource();
        JdbcClient.create(dataSource).sql("drop schema public cascade; create schema public").update();
        return dataSource;
    }

    @Override
    String batchSchema() {
        return "schema-postgresql.sql";
    }
}
