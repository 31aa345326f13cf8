package kr.aiacademy.etl.jobs.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./etl history} on three real runs: a good one with a drop, one failing in the build, one with nothing new. */
class HistoryIT {

    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void threeRuns() throws Exception {
        Path inbox = dir.resolve("inbox");
        data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210301.csv", drops.row("A-1", 1, "APPLIED", "광주", "2021-03-01 09:00:00"),
                drops.row("A-2", 2, "APPLIED", "아틀란티스", "2021-03-01 09:00:00"));
        assertThat(run(inbox).status()).isZero();

        drops.csv("enrollment_20210302.csv", drops.row("A-3", 3, "APPLIED", "광주", "2021-03-02 09:00:00"));
        Path lakeFile = lakeFile();
        byte[] good = Files.readAllBytes(lakeFile);
        Files.writeString(lakeFile, "this is not parquet any more");
        // with no warehouse published, the night builds in full and reads every lake file
        Files.delete(WarehouseQueries.published(data));
        assertThat(run(inbox).status()).isEqualTo(1);
        Files.write(lakeFile, good);

        assertThat(run(inbox).status()).isZero();
    }

    @Test
    void jsonListsTheRunsNewestFirstWithWhatTheyDidAndWhyOneFailed() {
        Cli history = Cli.run("history", "--data-dir", data.toString(), "--format", "json");

        assertThat(history.status()).as(history.err()).isZero();
        List<Map<String, Object>> runs = json(history.out());
        assertThat(runs).hasSize(3);
        assertThat(runs).extracting(r -> ((Number) r.get("execution_id")).longValue()).isSortedAccordingTo(
                (a, b) -> Long.compare(b, a));
        assertThat(runs).extracting(r -> r.get("status")).containsExactly("COMPLETED", "FAILED", "COMPLETED");
        assertThat(runs).extracting(r -> r.get("trigger")).containsOnly("manual");
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.get("start_time")).isNotNull();
            assertThat(r.get("seconds")).isInstanceOf(Number.class);
        });

        Map<String, Object> nothingNew = runs.get(0);
        assertThat(nothingNew.get("drops")).isEqualTo(Map.of("seen", 0, "loaded", 0, "duplicate", 0, "rejected", 0));
        assertThat(nothingNew.get("rows")).isEqualTo(Map.of("read", 0, "loaded", 0, "rejected", 0));
        assertThat(nothingNew).containsEntry("failed_step", null).containsEntry("failure", null);

        Map<String, Object> failed = runs.get(1);
        assertThat(failed.get("drops")).isEqualTo(Map.of("seen", 1, "loaded", 1, "duplicate", 0, "rejected", 0));
        assertThat(failed.get("rows")).isEqualTo(Map.of("read", 1, "loaded", 1, "rejected", 0));
        assertThat(failed).containsEntry("failed_step", "warehouseBuildStep");
        assertThat((String) failed.get("failure")).isNotBlank().doesNotContain("\n").doesNotContain("\tat ")
                .doesNotStartWith("java.").doesNotStartWith("kr.").doesNotStartWith("org.");

        Map<String, Object> good = runs.get(2);
        assertThat(good.get("drops")).isEqualTo(Map.of("seen", 1, "loaded", 1, "duplicate", 0, "rejected", 0));
        assertThat(good.get("rows")).isEqualTo(Map.of("read", 2, "loaded", 1, "rejected", 1));
        assertThat(good).containsEntry("failed_step", null).containsEntry("failure", null);
    }

    @Test
    void limitKeepsTheNewestRuns() {
        Cli history = Cli.run("history", "--data-dir", data.toString(), "--format", "json", "--limit", "1");

        assertThat(history.status()).isZero();
        List<Map<String, Object>> runs = json(history.out());
        List<Map<String, Object>> all = json(Cli.run("history", "--data-dir", data.toString(), "--format", "json")
                .out());
        assertThat(runs).containsExactly(all.get(0));
    }

    @Test
    void theTableHasTheHeadersAndTheFailure() {
        Cli history = Cli.run("history", "--data-dir", data.toString());

        assertThat(history.status()).as(history.err()).isZero();
        assertThat(history.out().lines().findFirst().orElseThrow()).startsWith("execution | trigger | status")
                .contains("| started").contains("| time").contains("| drops").contains("| rows loaded")
                .contains("| rows rejected").endsWith("| failure");
        assertThat(history.out()).contains("| manual").contains("FAILED").contains("warehouseBuildStep: ")
                .endsWith("(3 rows)\n");
    }

    @Test
    void theApplicationPrintsNothingBesideTheJson() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Cli history;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            history = Cli.run("history", "--data-dir", data.toString(), "--format", "json");
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(history.out()).startsWith("[").endsWith("]\n");
        assertThat(json(history.out())).hasSize(3);
    }

    @Test
    void usageErrorsExitWithStatus2() {
        Cli xml = Cli.run("history", "--data-dir", data.toString(), "--format", "xml");
        Cli zero = Cli.run("history", "--data-dir", data.toString(), "--limit", "0");

        assertThat(xml.status()).isEqualTo(2);
        assertThat(xml.err()).contains("--format must be table or json, not 'xml'");
        assertThat(xml.out()).isEmpty();
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--limit must be at least 1");
    }

    @Test
    void aDataDirectoryWithoutMetadataHasNoRuns(@TempDir Path empty) {
        Cli json = Cli.run("history", "--data-dir", empty.toString(), "--format", "json");
        Cli table = Cli.run("history", "--data-dir", empty.toString());

        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo("[]\n");
        assertThat(table.status()).isZero();
        assertThat(table.out()).startsWith("execution | trigger").endsWith("(0 rows)\n");
        assertThat(empty.resolve("state/pii.key")).doesNotExist();
    }

    private static Cli run(Path inbox) {
        return Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet");
    }

    private static Path lakeFile() throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("lake"))) {
            return files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
    }

    private static List<Map<String, Object>> json(String text) {
        return JsonMapper.shared().readValue(text, new TypeReference<>() {
        });
    }
}
