package kr.aiacademy.etl.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.TestInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daemon's Quartz schedules fire real loads, survive downtime firing once, and stop cleanly on SIGTERM. */
class ScheduleIT {

    @TempDir
    Path dir;

    private Path inbox;
    private Path data;

    @BeforeEach
    void setUp() throws Exception {
        inbox = dir.resolve("inbox");
        data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
    }

    @Test
    void quartzFiresTheNightlyLoadOnASecondsLevelCron() throws Exception {
        try (ConfigurableApplicationContext node = start()) {
            node.getBean(ScheduleRegistrar.class).register("*/2 * * * * ?");
            node.getBean(Scheduler.class).start();

            awaitScheduledRuns(node, 1, Duration.ofSeconds(30));

            node.getBean(Scheduler.class).shutdown(true);
        }
        assertThat(Cli.run("history", "--data-dir", data.toString(), "--format", "json").out())
                .contains("\"trigger\":\"schedule\",\"status\":\"COMPLETED\"");
        assertThat(Cli.run("sql", "--data-dir", data.toString(), "--format", "csv",
                "select applicants from kpi_cohort").out()).isEqualTo("applicants\r\n1\r\n");
    }

    @Test
    void afterDowntimeAMissedScheduleFiresOnceNotOncePerMissedTime() throws Exception {
        String seconds;
        try (ConfigurableApplicationContext node = start()) {
            LocalTime now = LocalTime.now(); // after the start, however long it took: the fire times lie ahead
            seconds = now.plusSeconds(3).getSecond() + "," + now.plusSeconds(4).getSecond() + ","
                    + now.plusSeconds(5).getSecond();
            node.getBean(ScheduleRegistrar.class).register(seconds + " * * * * ?");
            node.getBean(Scheduler.class).start();
            node.getBean(Scheduler.class).shutdown(true);
        }
        Thread.sleep(8_000);

        try (ConfigurableApplicationContext node = start()) {
            node.getBean(ScheduleRegistrar.class).register(seconds + " * * * * ?");
            node.getBean(Scheduler.class).start();
            awaitScheduledRuns(node, 1, Duration.ofSeconds(30));
            Thread.sleep(4_000);

            assertThat(scheduledRuns(node)).isEqualTo(1);
            node.getBean(Scheduler.class).shutdown(true);
        }
    }

    @Test
    void sigtermStopsTheDaemonCleanlyWithStatusZero() throws Exception {
        ChildEtl daemon = ChildEtl.start(data, "schedule", "--data-dir", data.toString(), "--inbox",
                inbox.toString(), "--nightly-cron", "*/2 * * * * ?");
        assertThat(daemon.awaitLog("[name=nightlyLoadJob]] completed", Duration.ofMinutes(1)))
                .isTrue();

        assertThat(daemon.terminate(Duration.ofMinutes(1))).isZero();
        assertThat(Cli.run("history", "--data-dir", data.toString(), "--format", "json").out())
                .contains("\"trigger\":\"schedule\"").doesNotContain("\"status\":\"STARTED\"");
        assertThat(daemon.output()).containsPattern(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d KST nightlyLoadJob fired: execution \\d+ COMPLETED in");
    }

    @Test
    void anIdleDaemonStopsWithinTwoSecondsAndSaysSo() throws Exception {
        ChildEtl daemon = ChildEtl.start(data, "schedule", "--data-dir", data.toString(), "--inbox",
                inbox.toString(), "--nightly-cron", "0 0 2 * * ?");
        assertThat(daemon.awaitOutput("kpiExtractJob next fires at", Duration.ofMinutes(1))).isTrue();

        long signalled = System.nanoTime();
        int status = daemon.terminate(Duration.ofSeconds(30));
        Duration stopping = Duration.ofNanos(System.nanoTime() - signalled);

        assertThat(status).isZero();
        assertThat(stopping).isLessThan(Duration.ofSeconds(2));
        assertThat(daemon.output()).contains("stopping: no new fires")
                .containsPattern("nightlyLoadJob next fires at \\d{4}-\\d\\d-\\d\\d 02:00:00 KST");
    }

    @Test
    void anInvalidCronIsAUsageError() {
        Cli schedule = Cli.run("schedule", "--data-dir", data.toString(), "--nightly-cron", "every night");

        assertThat(schedule.status()).isEqualTo(2);
        assertThat(schedule.err()).contains("is not a Quartz cron expression");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EtlApplication.class).web(WebApplicationType.NONE)
                .run("--etl.data-dir=" + data, "--etl.inbox=" + inbox,
                        "--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=500");
    }

    private static void awaitScheduledRuns(ConfigurableApplicationContext node, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (scheduledRuns(node) < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(scheduledRuns(node)).isGreaterThanOrEqualTo(count);
    }

    /** Completed nightly loads started by the scheduler. */
    private static long scheduledRuns(ConfigurableApplicationContext node) {
        List<Long> runs = node.getBean(JdbcClient.class).sql("""
                select e.job_execution_id from batch_job_execution e
                join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                where p.parameter_name = 'trigger' and p.parameter_value = 'schedule' and e.status = 'COMPLETED'
                """).query(Long.class).list();
        return runs.size();
    }
}
