package kr.aiacademy.etl.jobs.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code postgres} profile on a real PostgreSQL: a load, a second start on the same database, the key rule. */
class PostgresProfileIT {

    static final String KEY = "postgres-profile-test-key-0123456789";

    private static SharedPostgres.Database postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    /**
     * Run 1 loads. Run 2 is a second node with a new, empty data directory on the same database: it starts (Batch,
     * Quartz and ledger schemas are initialized again without harm) and shares the ledger (the drop is known), but
     * the lake files of the drop loaded by run 1 are in the first data directory, so its warehouse build fails
     * clearly: nodes sharing a metadata database must share the data directory (one volume in docker-compose.yml).
     * Run 3, the first node again, starts on the existing schemas and rebuilds.
     */
    @Test
    void loadsAndStartsAgainOnTheSameDatabase() throws Exception {
        Path inbox = dir.resolve("inbox");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("P-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"),
                drops.row("P-2", 2, "ENROLLED", "전남", "2021-03-02 09:00:00"));
        Path first = dir.resolve("node-a");
        Path second = dir.resolve("node-b");

        Cli load = run(inbox, first, "--etl.pii.key=" + KEY);
        Cli newDataDir = run(inbox, second, "--etl.pii.key=" + KEY);
        Cli again = run(inbox, first, "--etl.pii.key=" + KEY);

        assertThat(load.status()).as(load.out() + load.err()).isZero();
        assertThat(load.out()).contains("\"loaded\":1");
        assertThat(WarehouseQueries.query(first, "select applicant_id, status from fact_application order by 1"))
                .containsExactly(List.of("P-1", "APPLIED"), List.of("P-2", "ENROLLED"));

        assertThat(newDataDir.out()).as(newDataDir.out() + newDataDir.err()).contains("\"execution_id\":2")
                .contains("\"seen\":0")
                .contains("\"name\":\"dropLandStep\",\"status\":\"COMPLETED\"")
                .contains("warehouseBuildStep: loading stg_enrollment from 1 lake file(s) failed")
                .contains(second.resolve("lake").toString());
        assertThat(newDataDir.status()).isEqualTo(1);

        assertThat(again.status()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("\"execution_id\":3").contains("\"seen\":0");
        assertThat(WarehouseQueries.query(first, "select count(*) from fact_application")).containsExactly(
                List.of("2"));

        JdbcClient db = JdbcClient.create(postgres.dataSource());
        assertThat(db.sql("select status from batch_job_execution order by job_execution_id").query(String.class)
                .list()).containsExactly("COMPLETED", "FAILED", "COMPLETED");
        assertThat(db.sql("select drop_name || ' ' || status from etl_drop_ledger").query(String.class).list())
                .containsExactly("enrollment_20210301.csv LOADED");
        assertThat(db.sql("select count(*) from information_schema.tables where table_name like 'qrtz_%'")
                .query(Long.class).single()).isEqualTo(11);

        List<String> history = new ArrayList<>(List.of("history", "--data-dir", second.toString(), "--format",
                "json"));
        history.addAll(PostgresNodes.profileArguments(postgres));
        Cli listed = Cli.run(history.toArray(String[]::new)); // the history reads the profile's database directly
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("\"execution_id\":3,[^}]*\"status\":\"COMPLETED\"")
                .containsPattern("\"execution_id\":2,[^}]*\"status\":\"FAILED\"")
                .contains("\"failed_step\":\"warehouseBuildStep\"");
    }

    @Test
    void refusesToStartWithoutThePseudonymKey() throws Exception {
        Path inbox = dir.resolve("inbox");
        new TestInbox(inbox);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Cli refused;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            refused = run(inbox, dir.resolve("data"), "--etl.pii.key=");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("ETL_PII_KEY").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static Cli run(Path inbox, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                "--quiet"));
        args.addAll(PostgresNodes.profileArguments(postgres));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
