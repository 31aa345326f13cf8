package kr.aiacademy.etl.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.EtlApplication;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daemon's Quartz schedules fire real loads and survive downtime firing once, in this JVM (the daemon itself,
 * stopped by SIGTERM: {@link ScheduleDaemonIT}).
 */
class ScheduleIT extends ScheduleTest {

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
