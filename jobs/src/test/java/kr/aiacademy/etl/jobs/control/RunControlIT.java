package kr.aiacademy.etl.jobs.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.ChildEtl;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.nightly.WarehouseSnapshot;
import kr.aiacademy.etl.jobs.sis.SisTable;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Run control with real processes: a second load is refused while one runs, a load killed with SIGKILL at any
 * point is recovered by the next run, and SIGTERM stops a load cleanly to be resumed. The warehouse then equals
 * the one an uninterrupted run produces. A child to be killed or stopped is frozen (SIGSTOP) the moment its log
 * shows the point a case is about, and signalled there, and a load that must still be running is held by its SIS
 * pull: the points are exact however small the drops and however loaded the machine. The drops (10,000
 * applications, chunks of 100 records) give every ingest partition many chunks (50 for an enrollment drop).
 */
class RunControlIT {

    private static final String KEY = "--etl.pii.key=run-control-test-key-0123456789";
    private static final String CHUNKS = "--etl.ingest.chunk-size=100";

    @TempDir
    static Path shared;

    private static Path inbox;
    private static String uninterrupted;

    @TempDir
    Path dir;

    /** The uninterrupted load of the drops (in this JVM: the same application, without a JVM to start). */
    @BeforeAll
    static void loadTheSameDropsWithoutInterruption() throws Exception {
        inbox = shared.resolve("inbox");
        DemoInboxGenerator.writeScaleInbox(inbox, 10_000, 2);
        Path data = shared.resolve("reference");
        Cli first = run(data);
        assertThat(first.status()).as(first.out() + first.err()).isZero();
        uninterrupted = WarehouseSnapshot.content(data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enrollmentDropStep", "warehouseBuildStep", "warehousePublishStep"})
    void aLoadKilledAtAnyPointIsRecoveredByTheNextRunToTheUninterruptedResult(String step) throws Exception {
        Path data = dir.resolve("data");
        ChildEtl child = child(data);
        assertThat(child.pauseWhenLogged("Executing step: [" + step, Duration.ofMinutes(5))).isTrue();

        child.kill();

        assertThat(Cli.run("history", "--data-dir", data.toString(), "--format", "json").out())
                .contains("\"status\":\"STARTED\"");
        Cli next = run(data);
        assertThat(next.status()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("resumed execution 1 (FAILED)").contains("\"status\":\"COMPLETED\"");
        assertThat(WarehouseSnapshot.content(data)).isEqualTo(uninterrupted);
        try (Stream<Path> warehouse = Files.list(data.resolve("warehouse"))) {
            assertThat(warehouse).as("no build of the killed run is left").containsExactly(
                    data.resolve("warehouse/warehouse.duckdb"));
        }
        try (Stream<Path> incoming = Files.list(data.resolve("landing/.incoming"))) {
            assertThat(incoming).as("no copy being landed is left").isEmpty();
        }
    }

    @Test
    void sigtermStopsTheLoadAtAChunkBoundaryAndTheNextRunResumesIt() throws Exception {
        Path data = dir.resolve("data");
        ChildEtl child = child(data);
        assertThat(child.pauseWhenLogged("Executing step: [enrollmentDropStep", Duration.ofMinutes(5))).isTrue();

        child.signalTerm();
        child.resume();
        int status = child.waitFor(Duration.ofMinutes(1));

        assertThat(status).isEqualTo(1);
        assertThat(Cli.run("history", "--data-dir", data.toString(), "--format", "json").out())
                .contains("\"status\":\"STOPPED\"").contains(GracefulStop.STOPPED).doesNotContain("Interrupt");
        assertThat(child.output()).contains("\"status\":\"STOPPED\"").doesNotContain("FAILED")
                .doesNotContain("Interrupt");
        Cli next = run(data);
        assertThat(next.status()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("resumed execution 1 (STOPPED)");
        assertThat(WarehouseSnapshot.content(data)).isEqualTo(uninterrupted);
    }

    /**
     * The first load, in a child JVM, waits in its SIS pull on a table this test keeps locked; meanwhile a second
     * load of its data directory in this JVM is refused. Then the first one goes on and completes.
     */
    @Test
    void aSecondLoadWhileAnotherProcessLoadsIsRefusedNamingTheRunningExecution() throws Exception {
        SharedPostgres.Database sis = SharedPostgres.newDatabase();
        SisTable.create(sis);
        Path data = dir.resolve("data");
        String[] load = {"run", "--inbox", Files.createDirectories(dir.resolve("inbox")).toString(), "--data-dir",
                data.toString(), "--quiet", KEY, "--etl.sis.url=" + sis.url(), "--etl.sis.username=postgres"};
        try (Connection holder = sis.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("lock table applications in access exclusive mode");
            ChildEtl first = ChildEtl.start(data, load);
            assertThat(first.awaitLog("Executing step: [sisPullStep", Duration.ofMinutes(5))).isTrue();

            Cli second = Cli.run(load);

            assertThat(second.status()).isEqualTo(1);
            assertThat(second.err()).contains("another load is running").contains("execution 1 (STARTED");
            holder.rollback();
            assertThat(first.waitFor(Duration.ofMinutes(5))).as(first.output()).isZero();
        }
    }

    @Test
    void aSecondLoadInTheSameProcessIsRefused() throws Exception {
        Path data = dir.resolve("data");
        Path lockFile = Files.createDirectories(data.resolve("state")).resolve("nightly-load.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = channel.lock()) {

            Cli refused = run(data);

            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).startsWith("error: another load is running");
        }
    }

    private static ChildEtl child(Path data) throws Exception {
        return ChildEtl.start(data, "run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet",
                KEY, CHUNKS);
    }

    private static Cli run(Path data) {
        return Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet", KEY, CHUNKS);
    }
}
