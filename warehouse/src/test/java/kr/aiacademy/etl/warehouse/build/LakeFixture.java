package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus;
import kr.aiacademy.etl.pipeline.feed.LakeRow;
import kr.aiacademy.etl.pipeline.feed.Lineage;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;

/** Writes small enrollment lake files, as the pipeline does, for warehouse tests (of every package). */
public final class LakeFixture {

    private static final Pseudonymizer PSEUDONYMS = new Pseudonymizer("warehouse-test-key-123".getBytes(
            StandardCharsets.UTF_8));

    private final Path dir;
    private final List<Path> files = new ArrayList<>();

    public LakeFixture(Path dir) {
        this.dir = dir;
    }

    public static EnrollmentRecord application(String id, int cohort, EnrollmentStatus status, int region,
            String person, LocalDateTime updatedAt) {
        LocalDate start = LocalDate.of(2019 + cohort, 10, 5);
        return new EnrollmentRecord(id, cohort, start, start.plusMonths(7), cohort == 1 ? 960 : 1120,
                PSEUDONYMS.pseudonym(person), 1995, "F", region, status, start.minusMonths(2),
                start.minusMonths(1), null, null, updatedAt);
    }

    /** Writes one drop's lake file with the given rows and returns its path. */
    public Path drop(String dropName, List<EnrollmentRecord> records) throws IOException {
        return drop(dropName, "sha-" + dropName, LocalDateTime.of(2021, 1, 1, 0, 0), records);
    }

    /** Writes the lake file of a drop first seen at the given time. */
    public Path drop(String dropName, String sha256, LocalDateTime seenAt, List<EnrollmentRecord> records)
            throws IOException {
        Lineage lineage = new Lineage("enrollment", dropName, sha256, LocalDate.of(2021, 1, 1), 0, seenAt, seenAt);
        Path file = dir.resolve(sha256 + ".parquet");
        try (LakeFileWriter<LakeRow<EnrollmentRecord>> writer = new LakeFileWriter<>(
                LakeSchemas.rows("enrollment", new EnrollmentFeed().lakeColumns()), file)) {
            long line = 2;
            for (EnrollmentRecord record : records) {
                writer.write(new LakeRow<>(record, lineage, "applications.csv", line++));
            }
            writer.commit();
        }
        files.add(file);
        return file;
    }

    List<Path> files() {
        return files;
    }

    public BuildInput input() {
        return new BuildInput(java.util.Map.of("enrollment", files), List.of(), List.of(), List.of());
    }

    /** Builds a warehouse of the drops written so far into the given file. */
    public Path build(Path target) throws IOException, SQLException {
        new WarehouseBuilder().build(input(), target);
        return target;
    }
}
