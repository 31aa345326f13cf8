package kr.aiacademy.etl.jobs.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;

/** Arguments that put a node on the {@code postgres} profile with an embedded PostgreSQL as metadata database. */
final class PostgresNodes {

    private PostgresNodes() {
    }

    static List<String> profileArguments(EmbeddedPostgres postgres) {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }
}
