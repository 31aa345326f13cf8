package kr.aiacademy.etl.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code ./etl schedule} as a real daemon: its fires, and how it stops on SIGTERM, busy or idle (one after the other:
 * the idle one's stop is timed).
 */
class ScheduleDaemonIT extends ScheduleTest {

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
}
