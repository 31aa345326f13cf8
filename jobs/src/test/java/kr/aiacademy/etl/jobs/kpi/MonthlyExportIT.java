package kr.aiacademy.etl.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.schedule.ScheduleRegistrar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monthly schedule writes the month before's internal extract, then its public extract, each a folder. */
class MonthlyExportIT {

    @TempDir
    Path dir;

    @Test
    void aMonthlyFireWritesTheInternalAndThePublicExtractOfTheMonthBefore() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "COMPLETED", "광주", "2021-03-01 09:00:00"));
        assertThat(Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet").status())
                .isZero();

        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE).run("--etl.data-dir=" + data, "--etl.inbox=" + inbox,
                        "--etl.schedule.kpi-cron=*/2 * * * * ?")) {
            node.getBean(ScheduleRegistrar.class).register("0 0 2 1 1 ? 2099");
            node.getBean(Scheduler.class).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (completedExtracts(node) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            node.getBean(Scheduler.class).shutdown(true);
        }

        List<JsonNode> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data.resolve("exports"))) {
            for (Path manifest : files.filter(f -> f.getFileName().toString().equals("manifest.json")).toList()) {
                manifests.add(JsonMapper.builder().build().readTree(manifest.toFile()));
            }
        }
        YearMonth before = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Seoul"))).minusMonths(1);
        List<JsonNode> monthly = manifests.stream()
                .filter(m -> m.get("job_name").asString().equals("kpiExtractJob")).toList();
        assertThat(monthly).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("period").get("kind").asString()).isEqualTo("month");
            assertThat(m.get("period").get("from").asString()).isEqualTo(before.atDay(1).toString());
            assertThat(m.get("period").get("to").asString()).isEqualTo(before.atEndOfMonth().toString());
        });
        assertThat(monthly).extracting(m -> m.get("suppression").get("applied").asBoolean()).contains(false, true);
        assertThat(monthly).filteredOn(m -> m.get("suppression").get("applied").asBoolean())
                .allSatisfy(m -> assertThat(m.get("suppression").get("threshold").asInt()).isEqualTo(5));
        assertThat(data.resolve("exports/latest-public")).exists();
    }

    private static long completedExtracts(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class).sql("""
                select count(*) from batch_job_execution e join batch_job_instance i
                    on i.job_instance_id = e.job_instance_id
                where i.job_name = 'kpiExtractJob' and e.status = 'COMPLETED'
                """).query(Long.class).single();
    }
}
