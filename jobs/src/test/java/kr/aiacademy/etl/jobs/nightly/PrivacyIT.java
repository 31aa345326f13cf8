package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No personal value of the input appears in the lake, the rejects, the warehouse, the logs or the output. */
class PrivacyIT {

    @TempDir
    Path dir;

    @Test
    void personalDataOfTheInputIsFoundNowhereDownstream() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        DemoInboxGenerator.writeDemoInbox(inbox);
        TestInbox extra = new TestInbox(inbox);
        extra.csv("enrollment_20220101.csv",
                extra.row("X-1", 1, "APPLIED", "광주", "2022-01-01 09:00:00"),
                extra.row("X-2", 2, "APPLIED", "Mars", "2022-01-01 09:00:00"),
                extra.row("X-3", 3, "NOT_A_STATUS", "광주", "2022-01-01 09:00:00"),
                extra.row("X-4", 4, "APPLIED", "010-3456-7890", "2022-01-01 09:00:00"),
                extra.row("X-5", 5, "880712-1749302", "광주", "2022-01-01 09:00:00"),
                extra.row("X-6", 6, "APPLIED", "광".repeat(7_000_000), "2022-01-01 09:00:00"));
        List<String> personal = new ArrayList<>(extra.personalValues());
        personal.addAll(List.of("010-3456-7890", "3456-7890", "880712-1749302", "8807121749302"));
        for (String value : DemoInboxGenerator.demoPersonalValues()) {
            if (value.length() >= 6) {
                personal.add(value);
                if (value.matches("\\d{6}-\\d{7}")) {
                    personal.add(value.replace("-", ""));
                }
            }
        }

        Cli run = Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString());

        assertThat(run.status()).isZero();
        assertThat(WarehouseQueries.query(data, "select count(*) from etl_rejects where feed = 'enrollment'"))
                .containsExactly(List.of("12"));
        assertThat(WarehouseQueries.query(data, "select max(length(detail)), max(length(masked_record)) "
                + "from etl_rejects")).allSatisfy(row -> assertThat(row).allSatisfy(
                        length -> assertThat(Integer.parseInt(length)).isLessThan(600)));
        String downstream = run.out() + run.err() + Files.readString(data.resolve("logs/etl.log"))
                + parquetText(data.resolve("lake")) + parquetText(data.resolve("rejects")) + parquetText(data.resolve("exports"))
                + exportedCsv(data.resolve("exports")) + warehouseText(data);
        assertThat(downstream).contains("A1-9001").contains("******");
        assertThat(personal).hasSizeGreaterThan(1000);
        assertThat(occurring(personal, downstream)).as("personal values found downstream").isEmpty();
    }

    @Test
    void theSearchFindsEveryValueThatOccursAndNoOther() {
        List<String> values = List.of("김철수", "김철수영", "010-1234-5678", "abc", "880712-1749302", "없는값");

        assertThat(occurring(values, "x김철수영 y010-1234-5678z880712-1749302")).containsExactly("010-1234-5678",
                "880712-1749302", "김철수", "김철수영");
        assertThat(occurring(values, "ab김철 010-1234-567 88071217493")).isEmpty();
        assertThat(occurring(values, "abc")).containsExactly("abc");
    }

    /**
     * The values that occur in the text, found in one pass over it (a {@code contains} per value took seconds on
     * megabytes of text): at every position, the values beginning with the text's next few characters (as many as
     * the shortest value has) are compared there.
     */
    static Set<String> occurring(Collection<String> values, String text) {
        int prefix = values.stream().mapToInt(String::length).min().orElse(1);
        if (prefix == 0) {
            throw new IllegalArgumentException("an empty value occurs in every text");
        }
        Map<String, List<String>> byPrefix = values.stream().distinct()
                .collect(Collectors.groupingBy(value -> value.substring(0, prefix)));
        Set<String> found = new TreeSet<>();
        for (int at = 0; at + prefix <= text.length(); at++) {
            List<String> candidates = byPrefix.get(text.substring(at, at + prefix));
            if (candidates != null) {
                for (String value : candidates) {
                    if (text.startsWith(value, at)) {
                        found.add(value);
                    }
                }
            }
        }
        return found;
    }

    /** Every value of every Parquet file under a folder, as text. */
    private static String parquetText(Path folder) throws Exception {
        StringBuilder text = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".parquet")).toList();
        }
        assertThat(files).isNotEmpty();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Path file : files) {
                for (List<String> row : WarehouseQueries.query(duck, "select columns(*)::varchar from read_parquet('"
                        + file + "', hive_partitioning = false)")) {
                    text.append(row).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The CSV extracts, as text. */
    private static String exportedCsv(Path folder) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path csv : walk.filter(p -> p.toString().endsWith(".csv")).toList()) {
                text.append(Files.readString(csv));
            }
        }
        assertThat(text).contains("competition_ratio");
        return text.toString();
    }

    /** Every text column of every table and view of the published warehouse. */
    private static String warehouseText(Path data) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = WarehouseReader.open(WarehouseQueries.published(data))) {
            for (List<String> relation : WarehouseQueries.query(connection, "select table_name from "
                    + "information_schema.tables where table_schema = 'main'")) {
                for (List<String> row : WarehouseQueries.query(connection, "select columns(*)::varchar from "
                        + relation.get(0))) {
                    text.append(row).append('\n');
                }
            }
        }
        assertThat(text).contains("enrollment_20200914.tar.gz");
        return text.toString();
    }
}
