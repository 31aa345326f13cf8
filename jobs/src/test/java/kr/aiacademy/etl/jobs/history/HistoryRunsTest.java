package kr.aiacademy.etl.jobs.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import org.junit.jupiter.api.BeforeEach;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import kr.aiacademy.etl.jobs.cli.HistoryPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The history queries on H2 metadata written by hand: restarts, a running run, failures in a partition or the job. */
class HistoryRunsTest {

    private static final LocalDateTime T = LocalDateTime.of(2021, 3, 1, 2, 0);
    private static final String TRACE = "\n\tat kr.aiacademy.etl.Somewhere.run(Somewhere.java:1)";

    private JdbcClient jdbc;

    /** An empty metadata database (the PostgreSQL variant overrides this). */
    DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    String batchSchema() {
        return "schema-h2.sql";
    }

    @BeforeEach
    void metadata() {
        DataSource dataSource = emptyDatabase();
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/" + batchSchema()))
                .execute(dataSource);
        new DropLedger(dataSource).initialize();
        jdbc = JdbcClient.create(dataSource);
        // instance 1: execution 1 failed in a partition of the enrollment ingest, execution 2 restarted it
        instance(1, "nightlyLoadJob");
        execution(1, 1, "FAILED", T.plusSeconds(30), "manual", "");
        step(1, 1, "enrollmentIngestStep", "FAILED", "org.springframework.batch.core.job.JobExecutionException: "
                + "Partition handler returned an unsuccessful step" + TRACE);
        step(2, 1, "enrollmentDropStep:partition0", "FAILED", "java.io.UncheckedIOException: "
                + "java.io.IOException: 디스크가 가득 찼습니다" + TRACE);
        execution(2, 1, "COMPLETED", T.plusSeconds(90), "manual", "");
        ledger(1, "LOADED", 5L, 1L);
        ledger(2, "LOADED", 7L, 0L);
        ledger(2, "DUPLICATE", 0L, 0L);
        ledger(2, "REJECTED", null, null);
        // instance 2: a scheduled run still running
        instance(2, "nightlyLoadJob");
        execution(3, 2, "STARTED", null, "schedule", "");
        // instance 3: another job
        instance(3, "kpiExtractJob");
        execution(4, 3, "COMPLETED", T.plusSeconds(5), "schedule", "");
        // instance 4: a backfill failing outside any step
        instance(4, "nightlyLoadJob");
        execution(5, 4, "FAILED", T.plusSeconds(1), "backfill", "java.lang.IllegalStateException: no lake" + TRACE);
    }

    @Test
    void runsOfTheNightlyLoadNewestFirstWithTheirTriggerDropsAndFailure() {
        List<PastRun> runs = new RunHistory(jdbc).latest(20);

        assertThat(runs).extracting(PastRun::executionId).containsExactly(5L, 3L, 2L, 1L);
        assertThat(runs).extracting(PastRun::trigger).containsExactly("backfill", "schedule", "restart", "manual");
        assertThat(runs).extracting(PastRun::status).containsExactly("FAILED", "STARTED", "COMPLETED", "FAILED");
        PastRun backfill = runs.get(0);
        assertThat(backfill.failedStep()).isNull();
        assertThat(backfill.failure()).isEqualTo("no lake");
        PastRun running = runs.get(1);
        assertThat(running.seconds()).isNull();
        assertThat(running.failure()).isNull();
        PastRun restart = runs.get(2);
        assertThat(restart.drops()).isEqualTo(new PastRun.Drops(3, 1, 1, 1));
        assertThat(restart.rowsLoaded()).isEqualTo(7);
        assertThat(restart.rowsRejected()).isZero();
        assertThat(restart.seconds()).isEqualTo(90.0);
        assertThat(restart.failedStep()).isNull();
        PastRun failed = runs.get(3);
        assertThat(failed.drops()).isEqualTo(new PastRun.Drops(1, 1, 0, 0));
        assertThat(failed.failedStep()).isEqualTo("enrollmentIngestStep");
        assertThat(failed.failure()).isEqualTo("디스크가 가득 찼습니다");
    }

    @Test
    void theLimitKeepsTheNewest() {
        assertThat(new RunHistory(jdbc).latest(2)).extracting(PastRun::executionId).containsExactly(5L, 3L);
    }

    @Test
    void aRunThatHasNotEndedShowsRunning() {
        List<PastRun> runs = new RunHistory(jdbc).latest(20);
        StringWriter table = new StringWriter();
        StringWriter json = new StringWriter();

        ZoneId seoul = ZoneId.of("Asia/Seoul");
        HistoryPrinter.table(runs, seoul, new PrintWriter(table));
        HistoryPrinter.json(runs, seoul, new PrintWriter(json));
        ZonedDateTime started = LocalDateTime.of(2021, 3, 1, 2, 0).atZone(ZoneId.systemDefault())
                .withZoneSameInstant(seoul);

        assertThat(table.toString()).contains("| schedule | STARTED   |").contains("| running |")
                .contains("| enrollmentIngestStep: 디스크가 가득 찼습니다").contains("| no lake")
                .endsWith("(4 rows)\n");
        assertThat(json.toString()).contains("\"execution_id\":3,\"trigger\":\"schedule\",\"status\":\"STARTED\","
                + "\"start_time\":\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(started) + "\",\"seconds\":\"running\"");
        assertThat(table.toString()).contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(started)
                + " KST");
    }

    private void instance(long id, String job) {
        jdbc.sql("insert into BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) values (?, 0, ?, ?)")
                .params(id, job, "key" + id).update();
    }

    private void execution(long id, long instance, String status, LocalDateTime end, String trigger, String exit) {
        jdbc.sql("insert into BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, "
                        + "START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE) values (?, 1, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, instance, T, T, end, status, status, exit).update();
        jdbc.sql("insert into BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, "
                        + "PARAMETER_VALUE, IDENTIFYING) values (?, 'trigger', 'java.lang.String', ?, 'N')")
                .params(id, trigger).update();
    }

    private void step(long id, long execution, String name, String status, String exit) {
        jdbc.sql("insert into BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, "
                        + "CREATE_TIME, START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE) "
                        + "values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, name, execution, T, T, T, status, status, exit).update();
    }

    private void ledger(long execution, String status, Long rowsLoaded, Long rowsRejected) {
        jdbc.sql("insert into etl_drop_ledger (feed, drop_name, sha256, size_bytes, status, rows_loaded, "
                        + "rows_rejected, first_seen_at, job_execution_id) "
                        + "values ('enrollment', ?, ?, 1, ?, ?, ?, ?, ?)")
                .params("drop" + UUID.randomUUID(), UUID.randomUUID().toString().replace("-", ""), status,
                        rowsLoaded, rowsRejected, T, execution)
                .update();
    }
}
