package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;

/**
 * A test's inbox (with a writer of enrollment drops) and data directory, and {@code ./etl run --quiet} on them;
 * after every run the drop invariants are checked.
 */
public final class InboxRuns {

    public final Path inbox;
    public final Path data;
    public final TestInbox drops;

    public InboxRuns(Path dir) throws Exception {
        this.inbox = dir.resolve("inbox");
        this.data = dir.resolve("data");
        this.drops = new TestInbox(inbox);
    }

    /** A test's inbox holding one enrollment drop of one application ({@code enrollment_20210301.csv}, A-1). */
    public static InboxRuns withOneApplication(Path dir) throws Exception {
        InboxRuns runs = new InboxRuns(dir);
        runs.drops.csv("enrollment_20210301.csv", runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"));
        return runs;
    }

    /** One run with the given extra settings ({@code --etl.<name>=<value>}), then the invariants. */
    public Cli run(String... settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--inbox", inbox.toString(), "--data-dir",
                data.toString(), "--quiet"));
        args.addAll(List.of(settings));
        Cli run = Cli.run(args.toArray(String[]::new));
        DropInvariants.hold(data);
        return run;
    }
}
