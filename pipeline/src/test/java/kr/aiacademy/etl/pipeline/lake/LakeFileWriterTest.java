package kr.aiacademy.etl.pipeline.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
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
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeFileWriterTest {

    private static final LocalDateTime INGESTED = LocalDateTime.of(2021, 3, 5, 2, 30, 15, 123_456_000);
    private static final Lineage LINEAGE = new Lineage("enrollment", "enrollment_20210301_2.csv",
            "ab".repeat(32), LocalDate.of(2021, 3, 1), 2, INGESTED.minusDays(1), INGESTED);

    private final LakeSchema<LakeRow<EnrollmentRecord>> schema =
            LakeSchemas.rows("enrollment", new EnrollmentFeed().lakeColumns());

    @TempDir
    Path dir;

    @Test
    void writesTheEnrollmentColumnsAndLineageWithTheirDuckDbTypes() throws Exception {
        // given
        Path target = dir.resolve("lake/enrollment/ingest_date=2021-03-05/x.parquet");

        // when
        writeCommitted(target, row(1), row(2));

        // then
        Map<String, String> types = new LinkedHashMap<>();
        query("describe select * from read_parquet('" + target + "', hive_partitioning = false)",
                rs -> types.put(rs.getString("column_name"), rs.getString("column_type")));
        assertThat(types).containsExactly(
                entry("applicant_id", "VARCHAR"),
                entry("cohort", "INTEGER"),
                entry("course_start", "DATE"),
                entry("course_end", "DATE"),
                entry("planned_hours", "INTEGER"),
                entry("person_key", "BLOB"),
                entry("birth_year", "INTEGER"),
                entry("sex", "VARCHAR"),
                entry("home_region_code", "INTEGER"),
                entry("status", "VARCHAR"),
                entry("applied_on", "DATE"),
                entry("status_on", "DATE"),
                entry("hours_attended", "INTEGER"),
                entry("dormitory", "BOOLEAN"),
                entry("updated_at", "TIMESTAMP"),
                entry("drop_sha256", "VARCHAR"),
                entry("drop_name", "VARCHAR"),
                entry("drop_date", "DATE"),
                entry("drop_seq", "INTEGER"),
                entry("drop_seen_at", "TIMESTAMP"),
                entry("source_file", "VARCHAR"),
                entry("record_no", "BIGINT"),
                entry("ingested_at", "TIMESTAMP"));
    }

    @Test
    void readsBackEveryValueAsWritten() throws Exception {
        // given
        Path target = dir.resolve("values.parquet");
        LakeRow<EnrollmentRecord> written = row(7);

        // when
        writeCommitted(target, written);

        // then
        List<Map<String, Object>> rows = rows(target);
        assertThat(rows).hasSize(1);
        Map<String, Object> read = rows.get(0);
        EnrollmentRecord r = written.value();
        assertThat(read).containsEntry("applicant_id", "광주-0007")
                .containsEntry("cohort", 3)
                .containsEntry("course_start", r.courseStart())
                .containsEntry("course_end", r.courseEnd())
                .containsEntry("planned_hours", 960)
                .containsEntry("birth_year", 1990)
                .containsEntry("sex", "F")
                .containsEntry("home_region_code", 29)
                .containsEntry("status", "COMPLETED")
                .containsEntry("applied_on", r.appliedOn())
                .containsEntry("status_on", r.statusOn())
                .containsEntry("hours_attended", 7)
                .containsEntry("dormitory", true)
                .containsEntry("updated_at", r.updatedAt())
                .containsEntry("drop_sha256", "ab".repeat(32))
                .containsEntry("drop_name", "enrollment_20210301_2.csv")
                .containsEntry("drop_date", LocalDate.of(2021, 3, 1))
                .containsEntry("drop_seq", 2)
                .containsEntry("source_file", "지원자/신청서.csv")
                .containsEntry("record_no", 7L)
                .containsEntry("ingested_at", INGESTED);
        assertThat((byte[]) read.get("person_key")).isEqualTo(r.personKey());
    }

    @Test
    void writesNullsForMissingOptionalValues() throws Exception {
        // given
        Path target = dir.resolve("nulls.parquet");
        EnrollmentRecord r = row(1).value();
        EnrollmentRecord withoutOptionals = new EnrollmentRecord(r.applicantId(), r.cohort(), r.courseStart(),
                r.courseEnd(), r.plannedHours(), r.personKey(), r.birthYear(), r.sex(), r.homeRegionCode(),
                r.status(), r.appliedOn(), r.statusOn(), null, null, r.updatedAt());

        // when
        writeCommitted(target, new LakeRow<>(withoutOptionals, LINEAGE, "a.csv", 2));

        // then
        Map<String, Object> read = rows(target).get(0);
        assertThat(read).containsEntry("hours_attended", null).containsEntry("dormitory", null)
                .containsEntry("cohort", 3);
    }

    @Test
    void keepsKoreanTextIntactInRejectsFiles() throws Exception {
        // given
        Path target = dir.resolve("rejects.parquet");
        RejectRow reject = new RejectRow(LINEAGE, "신청서.csv", 12, "unknown_region",
                "home_region '광주 북구청' is not a known province or metropolitan city",
                "applicant_id=A-1, name=김**, rrn=900101-1******, home_region=광주 북구청");

        // when
        try (LakeFileWriter<RejectRow> writer = new LakeFileWriter<>(LakeSchemas.rejects(), target)) {
            writer.write(reject);
            writer.commit();
        }

        // then
        Map<String, Object> read = rows(target).get(0);
        assertThat(read).containsEntry("feed", "enrollment")
                .containsEntry("source_file", "신청서.csv")
                .containsEntry("record_no", 12L)
                .containsEntry("rule", "unknown_region")
                .containsEntry("detail", reject.detail())
                .containsEntry("masked_record", reject.maskedRecord());
    }

    @Test
    void writesManyRowsAndCountsThem() throws Exception {
        // given
        Path target = dir.resolve("many.parquet");
        LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target);

        // when
        for (int i = 1; i <= 5_000; i++) {
            writer.write(row(i));
        }
        writer.commit();

        // then
        assertThat(writer.rows()).isEqualTo(5_000);
        List<Object> counts = new ArrayList<>();
        query("select count(*), count(distinct applicant_id), max(record_no) from read_parquet('" + target + "')",
                rs -> {
                    counts.add(rs.getLong(1));
                    counts.add(rs.getLong(2));
                    counts.add(rs.getLong(3));
                });
        assertThat(counts).containsExactly(5_000L, 5_000L, 5_000L);
    }

    @Test
    void writesUnderATemporaryNameUntilCommit() throws Exception {
        // given
        Path target = dir.resolve("out/pending.parquet");

        // when
        try (LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target)) {
            writer.write(row(1));

            // then
            assertThat(target).doesNotExist();
            assertThat(dir.resolve("out/.pending.parquet.tmp")).exists();
            writer.commit();
        }
        assertThat(target).exists();
        assertThat(filesIn(target.getParent())).containsExactly("pending.parquet");
    }

    @Test
    void leavesNoFileBehindOnAbort() throws Exception {
        // given
        Path target = dir.resolve("out/aborted.parquet");
        LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target);
        writer.write(row(1));

        // when
        writer.abort();

        // then
        assertThat(target).doesNotExist();
        assertThat(filesIn(target.getParent())).isEmpty();
    }

    @Test
    void abortsWhenClosedWithoutCommit() throws Exception {
        // given
        Path target = dir.resolve("out/closed.parquet");

        // when
        try (LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target)) {
            writer.write(row(1));
        }

        // then
        assertThat(filesIn(target.getParent())).isEmpty();
    }

    @Test
    void keepsAnExistingTargetByteIdenticalOnAbort() throws Exception {
        // given
        Path target = dir.resolve("kept.parquet");
        writeCommitted(target, row(1), row(2));
        byte[] before = Files.readAllBytes(target);

        // when
        LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target);
        writer.write(row(3));
        writer.abort();

        // then
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("kept.parquet");
    }

    @Test
    void replacesAnExistingTargetOnCommit() throws Exception {
        // given
        Path target = dir.resolve("replaced.parquet");
        writeCommitted(target, row(1), row(2));

        // when
        writeCommitted(target, row(3));

        // then
        assertThat(rows(target)).extracting(m -> m.get("applicant_id")).containsExactly("광주-0003");
        assertThat(filesIn(dir)).containsExactly("replaced.parquet");
    }

    @Test
    void commitsAFileWithoutRowsThatDuckDbCanRead() throws Exception {
        // given
        Path target = dir.resolve("empty.parquet");

        // when
        writeCommitted(target);

        // then
        assertThat(rows(target)).isEmpty();
    }

    @SafeVarargs
    private void writeCommitted(Path target, LakeRow<EnrollmentRecord>... rows) throws IOException {
        try (LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(schema, target)) {
            for (LakeRow<EnrollmentRecord> row : rows) {
                writer.write(row);
            }
            writer.commit();
        }
    }

    private static LakeRow<EnrollmentRecord> row(int i) {
        byte[] key = new byte[32];
        for (int b = 0; b < key.length; b++) {
            key[b] = (byte) (i * 31 + b * 7);
        }
        EnrollmentRecord record = new EnrollmentRecord(String.format("광주-%04d", i), 3, LocalDate.of(2021, 3, 2),
                LocalDate.of(2021, 8, 31), 960, key, 1990, "F", 29, EnrollmentStatus.COMPLETED,
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 8, 31), i, Boolean.TRUE,
                LocalDateTime.of(2021, 3, 4, 9, 15, 30));
        return new LakeRow<>(record, LINEAGE, "지원자/신청서.csv", i);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Map<String, Object>> rows(Path file) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("select * from read_parquet('" + file + "', hive_partitioning = false) order by record_no", rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                Object value = rs.getObject(c);
                if (value instanceof java.sql.Timestamp t) {
                    value = t.toLocalDateTime();
                } else if (value instanceof java.sql.Blob) {
                    value = rs.getBytes(c);
                }
                row.put(rs.getMetaData().getColumnName(c), value);
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
