package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the integration tests of drops: a fresh inbox and data directory per test, and runs on them. */
abstract class InboxRunTest {

    @TempDir
    Path dir;

    InboxRuns runs;

    @BeforeEach
    void createInbox() throws Exception {
        runs = new InboxRuns(dir);
    }
}
