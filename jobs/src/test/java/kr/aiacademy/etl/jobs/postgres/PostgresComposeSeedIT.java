package kr.aiacademy.etl.jobs.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The init script of docker-compose.yml's postgres service (docker/postgres/initdb/10-sis.sql, run there by psql)
 * on a real PostgreSQL, then a load as the etl service runs it: the postgres profile, an empty inbox, the SIS pull
 * as the read-only role. Every seeded row passes the enrollment rules.
 */
class PostgresComposeSeedIT {

    /** The module's folder is the working directory of the tests; the script is in the repository root. */
    private static final Path SEED = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolveSibling("docker/postgres/initdb/10-sis.sql");

    private static SharedPostgres.Database postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    @Test
    void theSeededSisDatabaseLoadsThroughThePull() throws Exception {
        String[] parts = Files.readString(SEED).split("(?m)^\\\\connect sis$");
        assertThat(parts).as("%s: statements, \\connect sis, statements", SEED).hasSize(2);
        execute(postgres.dataSource(), parts[0]);
        execute(SharedPostgres.server().getDatabase("postgres", "sis"), parts[1]);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path data = dir.resolve("data");

        Cli load = Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=postgres", "--etl.pii.key=" + PostgresProfileIT.KEY,
                "--etl.sis.url=" + SharedPostgres.server().getJdbcUrl("sis_reader", "sis"), "--etl.sis.username=sis_reader",
                "--etl.sis.password=sis_reader");

        assertThat(load.status()).as(load.out() + load.err()).isZero();
        assertThat(load.out()).contains("\"rejected\":0");
        assertThat(WarehouseQueries.query(data, "select applicant_id, status from fact_application order by 1"))
                .containsExactly(List.of("SIS-0001", "APPLIED"), List.of("SIS-0002", "ADMITTED"),
                        List.of("SIS-0003", "ENROLLED"), List.of("SIS-0004", "ENROLLED"),
                        List.of("SIS-0005", "DROPPED"), List.of("SIS-0006", "COMPLETED"));
        assertThat(WarehouseQueries.query(data, "select count(*) from etl_rejects")).containsExactly(List.of("0"));
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
            ScriptUtils.executeSqlScript(connection,
                    new EncodedResource(new ByteArrayResource(bytes), StandardCharsets.UTF_8));
        }
    }
}
