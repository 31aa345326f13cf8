package kr.aiacademy.etl.pipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetLakeTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final LocalDateTime INGESTED = LocalDateTime.of(2024, 4, 2, 2, 30);
    private static final Lineage LINEAGE = new Lineage("budget", "budget_20240401_1.zip", "cd".repeat(32),
            LocalDate.of(2024, 4, 1), 1, INGESTED.minusHours(3), INGESTED);

    private final BudgetFeed feed = new BudgetFeed();

    @TempDir
    Path dir;

    @Test
    void writesACp949FileToTheLakeWithItsTypesAndKoreanTextIntact() throws Exception {
        // given
        String csv = "회계연도,사업코드,사업명,재원,세목,예산액,집행액,기준일\r\n"
                + "2024,gj-ai-academy,광주 인공지능사관학교 운영,시비,인건비,\"1,500,000,000\",,2024-03-31\r\n"
                + "2024,GJ-AI-CITY,AI 중심도시 조성,국비,장비구입비,800000000원,\"900,000,000\",2024.03.31\r\n";
        Path source = Files.write(dir.resolve("예산_2024_1분기.csv"), csv.getBytes(CP949));
        Path target = dir.resolve("lake/budget/ingest_date=2024-04-02/part.parquet");

        // when
        write(source, target);

        // then
        Map<String, String> types = new LinkedHashMap<>();
        query("describe select * from read_parquet('" + target + "', hive_partitioning = false)",
                rs -> types.put(rs.getString("column_name"), rs.getString("column_type")));
        assertThat(types).containsExactly(
                entry("fiscal_year", "INTEGER"),
                entry("program_code", "VARCHAR"),
                entry("program_name", "VARCHAR"),
                entry("funding_source", "VARCHAR"),
                entry("budget_line", "VARCHAR"),
                entry("allocated_krw", "BIGINT"),
                entry("executed_krw", "BIGINT"),
                entry("executed_reported", "BOOLEAN"),
                entry("as_of", "DATE"),
                entry("drop_sha256", "VARCHAR"),
                entry("drop_name", "VARCHAR"),
                entry("drop_date", "DATE"),
                entry("drop_seq", "INTEGER"),
                entry("drop_seen_at", "TIMESTAMP"),
                entry("source_file", "VARCHAR"),
                entry("record_no", "BIGINT"),
                entry("ingested_at", "TIMESTAMP"));
        List<Map<String, Object>> rows = rows(target);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("fiscal_year", 2024)
                .containsEntry("program_code", "GJ-AI-ACADEMY")
                .containsEntry("program_name", "광주 인공지능사관학교 운영")
                .containsEntry("funding_source", "CITY")
                .containsEntry("budget_line", "인건비")
                .containsEntry("allocated_krw", 1_500_000_000L)
                .containsEntry("executed_krw", 0L)
                .containsEntry("executed_reported", false)
                .containsEntry("as_of", LocalDate.of(2024, 3, 31))
                .containsEntry("source_file", "예산_2024_1분기.csv")
                .containsEntry("record_no", 2L);
        assertThat(rows.get(1)).containsEntry("program_name", "AI 중심도시 조성")
                .containsEntry("funding_source", "NATIONAL")
                .containsEntry("budget_line", "장비구입비")
                .containsEntry("allocated_krw", 800_000_000L)
                .containsEntry("executed_krw", 900_000_000L)
                .containsEntry("executed_reported", true);
    }

    /** Reads a budget file through the feed and its rules and writes every record to one lake file. */
    private void write(Path source, Path target) throws Exception {
        RecordRules<BudgetRecord> rules = feed.rules(null);
        String name = source.getFileName().toString();
        try (RecordSource records = feed.open(ByteSource.of(source), name);
             LakeFileWriter<LakeRow<BudgetRecord>> writer =
                     new LakeFileWriter<>(LakeSchemas.rows(feed.name(), feed.lakeColumns()), target)) {
            for (SourceRecord r = records.next(); r != null; r = records.next()) {
                writer.write(new LakeRow<>(rules.apply(r), LINEAGE, name, r.recordNo()));
            }
            writer.commit();
        }
    }

    private static List<Map<String, Object>> rows(Path file) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("select * from read_parquet('" + file + "', hive_partitioning = false) order by record_no", rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.put(rs.getMetaData().getColumnName(c), rs.getObject(c));
            }
            rows.add(row);
        });
        return rows;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowHandler handler) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }
}
