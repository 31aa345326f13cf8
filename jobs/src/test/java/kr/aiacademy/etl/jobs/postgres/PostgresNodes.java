package kr.aiacademy.etl.jobs.postgres;

import java.util.List;
import kr.aiacademy.etl.jobs.SharedPostgres;

/** Arguments that put a node on the {@code postgres} profile with an embedded PostgreSQL as metadata database. */
final class PostgresNodes {

    private PostgresNodes() {
    }

    static List<String> profileArguments(SharedPostgres.Database postgres) {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }
}
