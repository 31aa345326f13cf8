package kr.aiacademy.etl.jobs.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.jobs.nightly.WarehouseSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backfill re-ingests the loaded drops of a date range from their landed copies and republishes. */
class BackfillIT {

    private static final String KEY = "--etl.pii.key=backfill-test-key-0123456789";

    @TempDir
    Path dir;

    private Path inbox;
    private Path data;

    @BeforeEach
    void setUp() throws Exception {
        inbox = dir.resolve("inbox");
        data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"),
                drops.row("A-2", 1, "APPLIED", "Mars", "2021-03-01 09:00:00"));
        drops.csv("enrollment_20210302.csv", drops.row("A-3", 1, "ENROLLED", "서울", "2021-03-02 09:00:00"));
        assertThat(run("run", "--inbox", inbox.toString()).status()).isZero();
    }

    @Test
    void aDryRunListsTheDropsOfTheRangeAndChangesNothing() throws Exception {
        String before = WarehouseSnapshot.of(data);

        Cli dryRun = run("backfill", "--from", "2021-03-01", "--to", "2021-03-01", "--dry-run");

        assertThat(dryRun.status()).isZero();
        assertThat(dryRun.out()).contains("enrollment_20210301.csv").doesNotContain("enrollment_20210302.csv")
                .contains("1 drop(s) would be re-ingested");
        assertThat(WarehouseSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void aBackfillReingestsFromTheLandedCopiesAndEqualsAFreshFullLoad() throws Exception {
        deleteTheLakeFiles();

        Cli backfill = run("backfill", "--from", "2021-03-01", "--to", "2021-03-02", "--quiet");

        assertThat(backfill.status()).as(backfill.out() + backfill.err()).isZero();
        assertThat(backfill.out()).contains("2 drop(s) dated 2021-03-01 to 2021-03-02 will be re-ingested")
                .contains("\"loaded\":2");
        Path fresh = dir.resolve("fresh");
        assertThat(Cli.run("run", "--inbox", inbox.toString(), "--data-dir", fresh.toString(), "--quiet", KEY)
                .status()).isZero();
        assertThat(WarehouseSnapshot.content(data)).isEqualTo(WarehouseSnapshot.content(fresh));
        assertThat(Cli.run("history", "--data-dir", data.toString(), "--format", "json").out())
                .contains("\"trigger\":\"backfill\",\"status\":\"COMPLETED\"");
        assertThat(WarehouseQueries.query(data, "select count(*) from etl_rejects")).containsExactly(List.of("1"));
    }

    @Test
    void anInvertedRangeIsAUsageError() {
        Cli backfill = run("backfill", "--from", "2021-03-02", "--to", "2021-03-01");

        assertThat(backfill.status()).isEqualTo(2);
        assertThat(backfill.err()).contains("is before --from");
    }

    /** The lake no longer matches the drops (as after a rule was fixed): only the landed copies can rebuild it. */
    private void deleteTheLakeFiles() throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("lake/enrollment"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                Files.delete(file);
            }
        }
    }

    private Cli run(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        all[args.length + 2] = KEY;
        return Cli.run(all);
    }
}
