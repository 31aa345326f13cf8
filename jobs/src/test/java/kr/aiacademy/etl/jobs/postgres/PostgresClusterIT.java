package kr.aiacademy.etl.jobs.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kr.aiacademy.etl.jobs.EtlApplication;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.schedule.ScheduleRegistrar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the daemon (two application contexts in this JVM, each with its own clustered Quartz scheduler) on
 * one PostgreSQL: every scheduled fire time of the nightly load runs exactly once in the cluster.
 *
 * <p>Both nodes use the same data directory, as the replicas of docker-compose.yml share one volume: the drop
 * ledger is in the shared database, and a load on one node must find the lake files another node wrote (with a
 * data directory per node, a node's warehouse build misses the other node's lake files; see
 * {@link PostgresProfileIT}).
 */
class PostgresClusterIT {

    private static final String CRON = "*/3 * * * * ?";
    private static final int FIRES = 2;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static SharedPostgres.Database postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    /** A fire of the nightly trigger on a node, as its scheduler saw it. */
    record Fire(String node, Instant scheduledFor, Instant firedAt, Instant endedAt, String failure) {
    }

    @Test
    void eachScheduledFireTimeRunsTheNightlyLoadOnceInTheCluster() throws Exception {
        Path inbox = dir.resolve("inbox");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("C-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        Path data = dir.resolve("data").toAbsolutePath();
        List<Fire> fires = new CopyOnWriteArrayList<>();
        Map<String, Set<Instant>> seenExecuting = new ConcurrentHashMap<>();
        JdbcClient db = JdbcClient.create(postgres.dataSource());

        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            // one after the other, as a rolling start: the schema scripts of a first start do not race
            nodes.add(startNode(data, inbox));
            nodes.add(startNode(data, inbox));
            List<String> ids = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                Scheduler scheduler = node.getBean(Scheduler.class);
                ids.add(scheduler.getSchedulerInstanceId());
                node.getBean(ScheduleRegistrar.class).register(CRON);
                scheduler.getListenerManager().addJobListener(new Recorder(scheduler.getSchedulerInstanceId(), fires),
                        KeyMatcher.keyEquals(JobKey.jobKey("nightlyLoad", "etl")));
            }
            assertThat(ids).doesNotHaveDuplicates();
            for (ConfigurableApplicationContext node : nodes) {
                node.getBean(Scheduler.class).start();
            }

            // both nodes compete for each fire time
            await(fires, f -> true, FIRES, db, seenExecuting);
            Set<String> fired = fires.stream().map(Fire::node).collect(Collectors.toSet());
            if (fired.size() < 2) {
                // one node won every fire: put it in standby, the other must take over the next fire times
                for (ConfigurableApplicationContext node : nodes) {
                    Scheduler scheduler = node.getBean(Scheduler.class);
                    if (fired.contains(scheduler.getSchedulerInstanceId())) {
                        scheduler.standby();
                    }
                }
                await(fires, f -> !fired.contains(f.node()), 1, db, seenExecuting);
            }
            assertThat(db.sql("select instance_name from qrtz_scheduler_state").query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            stop(nodes);
        }

        List<Fire> done = fires.stream().filter(f -> f.endedAt() != null)
                .sorted(Comparator.comparing(Fire::firedAt)).toList();
        assertThat(done).as("fires %s", fires).hasSizeGreaterThanOrEqualTo(FIRES);
        assertThat(done.stream().map(Fire::node).distinct()).as("both nodes fired").hasSize(2);
        assertThat(fires).as("every fire ran to its end, without failure").allMatch(
                f -> f.endedAt() != null && f.failure() == null);
        assertThat(fires.stream().map(Fire::scheduledFor)).as("each fire time once in the cluster")
                .doesNotHaveDuplicates();
        List<Instant> executingTimes = seenExecuting.values().stream().flatMap(Set::stream).toList();
        assertThat(executingTimes).as("in qrtz_fired_triggers, a fire time on one node only: %s", seenExecuting)
                .doesNotHaveDuplicates();
        assertThat(executingTimes).isNotEmpty();
        assertThat(fires.stream().map(Fire::scheduledFor).collect(Collectors.toSet()))
                .containsAll(executingTimes);

        List<Execution> executions = db.sql("""
                        select e.job_execution_id, e.start_time, e.status, p.parameter_value
                        from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        left join batch_job_execution_params p
                          on p.job_execution_id = e.job_execution_id and p.parameter_name = 'trigger'
                        where i.job_name = ? order by e.start_time""")
                .param(NightlyLoad.JOB_NAME)
                .query((rs, i) -> new Execution(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
                        rs.getString(4)))
                .list();
        assertThat(executions).as("one execution per fire: %s / %s", executions, fires).hasSameSizeAs(fires);
        assertThat(executions).allMatch(e -> e.status().equals("COMPLETED") && e.trigger().equals("schedule"));
        Map<Fire, Execution> executionOf = new HashMap<>();
        for (Fire fire : done) {
            LocalDateTime from = LocalDateTime.ofInstant(fire.firedAt(), ZoneId.systemDefault());
            LocalDateTime to = LocalDateTime.ofInstant(fire.endedAt(), ZoneId.systemDefault());
            List<Execution> during = executions.stream()
                    .filter(e -> !e.startTime().isBefore(from) && !e.startTime().isAfter(to)).toList();
            assertThat(during).as("the execution of %s", fire).hasSize(1);
            executionOf.put(fire, during.get(0));
        }
        assertThat(executionOf.values()).as("each execution belongs to one fire").doesNotHaveDuplicates();
        // Fires on time start a cron period (3 s) apart: never two in the same second. (A fire a node had to wait
        // for, e.g. behind a running load, starts late, possibly right after the one before it.)
        assertThat(done.stream().filter(f -> Duration.between(f.scheduledFor(), f.firedAt()).toMillis() < 1000)
                .map(f -> executionOf.get(f).startTime().withNano(0)))
                .as("no two on-time starts in the same second").doesNotHaveDuplicates();
    }

    /** Waits until {@code count} fires matching {@code which} ended, noting the fires Quartz shows executing. */
    private static void await(List<Fire> fires, Predicate<Fire> which, int count, JdbcClient db,
            Map<String, Set<Instant>> seenExecuting) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (fires.stream().filter(f -> f.endedAt() != null && which.test(f)).count() < count
                && Instant.now().isBefore(deadline)) {
            // Quartz's own record of a fire being executed, and by which node
            db.sql("select instance_name, sched_time from qrtz_fired_triggers where trigger_name = "
                            + "'nightlyLoadTrigger' and state = 'EXECUTING'")
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                    .forEach(e -> seenExecuting.computeIfAbsent(e.getKey(), k -> ConcurrentHashMap.newKeySet())
                            .add(Instant.ofEpochMilli(e.getValue())));
            Thread.sleep(50);
        }
    }

    record Execution(long id, LocalDateTime startTime, String status, String trigger) {
    }

    private static ConfigurableApplicationContext startNode(Path data, Path inbox) {
        List<String> args = new ArrayList<>(List.of("--etl.data-dir=" + data, "--etl.inbox=" + inbox,
                "--etl.pii.key=" + PostgresProfileIT.KEY));
        args.addAll(PostgresNodes.profileArguments(postgres));
        // an idle node looks for due triggers every second instead of every 30 s: a prompt takeover in this test
        args.add("--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000");
        return new SpringApplicationBuilder(EtlApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }

    /** No new fires on any node, the running load ends, then each node closes. */
    private static void stop(List<ConfigurableApplicationContext> nodes) throws Exception {
        for (ConfigurableApplicationContext node : nodes) {
            node.getBean(Scheduler.class).standby();
        }
        // standby alone lets a trigger the scheduler thread had already acquired fire later, maybe while its node's
        // data source closes: a shutdown halts that thread (releasing what it acquired) and waits for running jobs
        for (ConfigurableApplicationContext node : nodes) {
            node.getBean(Scheduler.class).shutdown(true);
        }
        for (ConfigurableApplicationContext node : nodes) {
            node.close();
        }
    }

    /** Records each fire of the nightly load on one node. */
    private static final class Recorder implements JobListener {

        private final String node;
        private final List<Fire> fires;
        private final Map<JobExecutionContext, Instant> started = new ConcurrentHashMap<>();

        Recorder(String node, List<Fire> fires) {
            this.node = node;
            this.fires = fires;
        }

        @Override
        public String getName() {
            return "recorder-" + node;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            started.put(context, context.getFireTime().toInstant());
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            fires.add(new Fire(node, context.getScheduledFireTime().toInstant(), started.remove(context),
                    Instant.now(), failure == null ? null : failure.getMessage()));
        }
    }
}
