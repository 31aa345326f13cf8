package kr.aiacademy.etl.jobs.schedule;

import java.nio.file.Path;
import kr.aiacademy.etl.jobs.nightly.InboxRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the schedule tests: a fresh inbox with one application and a data directory per test. */
abstract class ScheduleTest {

    @TempDir
    Path dir;

    Path inbox;
    Path data;

    @BeforeEach
    void createInbox() throws Exception {
        InboxRuns runs = InboxRuns.withOneApplication(dir);
        inbox = runs.inbox;
        data = runs.data;
    }
}
