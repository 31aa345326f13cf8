package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.mentoring.MentoringFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed registered once is loaded end to end: the test-only {@link MentoringFeed} (its record, rules,
 * registration, staging table and model all in the test sources) goes through discovery, landing, its own
 * {@code mentoringIngestStep} of the real nightly job, staging and the build into the published warehouse. Its
 * registration ({@code src/test/registration/META-INF/services}) is seen through a class loader of this test
 * alone, as a plugin's would be, so that the other tests of the module see the contract's four feeds only.
 */
class MentoringFeedIT {

    private static final Path REGISTRATION = Path.of("src/test/registration");

    @TempDir
    Path dir;

    @Test
    void aFeedDefinedInTheTestSourcesAloneIsLoadedIntoTheWarehouse() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox enrollment = new TestInbox(inbox);
        enrollment.csv("enrollment_20210514.csv", enrollment.row("A-1", 1, "COMPLETED", "광주", "2021-05-14 18:00:00"));
        Files.createDirectories(inbox.resolve("mentoring"));
        Files.writeString(inbox.resolve("mentoring/mentoring_20210601.csv"), """
                session_id,applicant_id,cohort,mentor,mentor_email,held_on,hours
                S-1,A-1,1,박멘토,mentor.park@example.org,2021-05-20,2
                S-2,A-9,1,이멘토,mentor.lee@example.org,2021.05.21,3
                S-3,A-1,1,박멘토,mentor.park@example.org,2021-05-27,0
                """);

        Cli run = withMentoringRegistered(() -> Cli.run("run", "--inbox", inbox.toString(), "--data-dir",
                data.toString(), "--quiet"));
        DropInvariants.hold(data);

        assertThat(run.status()).isZero();
        assertThat(stepNames(data)).contains("mentoringIngestStep")
                .anyMatch(step -> step.startsWith("mentoringDropStep:drop"));
        assertThat(WarehouseQueries.query(data, "select session_id, application_key <> -1, cohort_key, mentor, "
                + "held_on, hours from fact_mentoring_session order by session_id")).containsExactly(
                        List.of("S-1", "true", "1", "박멘토", "2021-05-20", "2"),
                        List.of("S-2", "false", "1", "이멘토", "2021-05-21", "3"));
        assertThat(WarehouseQueries.query(data, "select feed, drop_name, record_no, rule from etl_rejects"))
                .containsExactly(List.of("mentoring", "mentoring_20210601.csv", "4", "invalid_hours"));
        assertThat(WarehouseQueries.query(data, "select masked_record from etl_rejects").toString())
                .doesNotContain("mentor.park@example.org").contains("박멘토");
        assertThat(WarehouseQueries.query(data, "select status, rows_loaded, rows_rejected from etl_drops "
                + "where feed = 'mentoring'")).containsExactly(List.of("LOADED", "2", "1"));
    }

    /** Runs with the mentoring feed registered: the registration on this thread's context class loader. */
    private static Cli withMentoringRegistered(Supplier<Cli> run) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader registered = new URLClassLoader(new URL[] {REGISTRATION.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(registered);
            assertThat(FeedRegistry.installed().names()).containsExactly("enrollment", "employment", "awards",
                    "budget", MentoringFeed.NAME);
            return run.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<String> stepNames(Path data) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("state/metadata") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select step_name from batch_step_execution order by step_execution_id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
