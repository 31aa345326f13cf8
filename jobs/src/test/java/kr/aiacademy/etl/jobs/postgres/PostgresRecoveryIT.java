package kr.aiacademy.etl.jobs.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node killed in the middle of a load (a child JVM running {@code ./etl}, frozen the moment its enrollment ingest
 * begins and killed there with SIGKILL) leaves its execution STARTED in the shared job repository; its PostgreSQL
 * session ends, and with it the advisory load lock. The next load on another node recovers that execution and
 * resumes it.
 */
class PostgresRecoveryIT {

    private static final long APPLICATIONS = 20_000;
    private static final int DROPS = 2;
    private static final String KILL_AT = "Executing step: [enrollmentIngestStep]";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static SharedPostgres.Database postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    @Test
    void aLoadOfAKilledNodeIsResumedByTheNextLoadOfAnotherNode() throws Exception {
        Path inbox = dir.resolve("inbox");
        DemoInboxGenerator.writeScaleInbox(inbox, APPLICATIONS, DROPS);
        // the nodes share the data directory (one volume in docker-compose.yml): the landed drops of the killed
        // node are where the resumed run reads them
        Path data = dir.resolve("data");
        JdbcClient db = JdbcClient.create(postgres.dataSource());

        ChildEtl nodeA = ChildEtl.start(data, arguments(inbox, data).toArray(String[]::new));
        try {
            assertThat(nodeA.pauseWhenLogged(KILL_AT, PATIENCE)).as("node A reaches " + KILL_AT).isTrue();
        } finally {
            nodeA.kill();
        }
        assertThat(db.sql("select status from batch_job_execution").query(String.class).list())
                .as("left by the killed node").containsExactly("STARTED");

        Cli nodeB = Cli.run(arguments(inbox, data).toArray(String[]::new));

        assertThat(nodeB.status()).as(nodeB.out() + nodeB.err()).isZero();
        assertThat(nodeB.out()).contains("\"note\":\"resumed execution 1 (FAILED); warehouse built in full");
        assertThat(db.sql("select job_instance_id || ' ' || status from batch_job_execution order by job_execution_id")
                .query(String.class).list()).containsExactly("1 FAILED", "1 COMPLETED");
        List<List<String>> drops = WarehouseQueries.query(data,
                "select status, count(*), sum(rows_loaded + rows_rejected) from etl_drops where feed = 'enrollment' "
                        + "group by status");
        assertThat(drops).containsExactly(List.of("LOADED", String.valueOf(DROPS), String.valueOf(APPLICATIONS)));
        assertThat(WarehouseQueries.query(data, "select count(*) = (select sum(rows_loaded) from etl_drops "
                + "where feed = 'enrollment') from fact_application")).containsExactly(List.of("true"));
    }

    private static List<String> arguments(Path inbox, Path data) {
        List<String> args = new ArrayList<>(List.of("run", "--inbox", inbox.toString(), "--data-dir",
                data.toString(), "--quiet", "--etl.pii.key=" + PostgresProfileIT.KEY));
        args.addAll(PostgresNodes.profileArguments(postgres));
        return args;
    }
}
