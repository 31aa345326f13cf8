package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.budget.BudgetFeed;
import kr.aiacademy.etl.pipeline.budget.BudgetRecord;
import kr.aiacademy.etl.pipeline.budget.FundingSource;
import kr.aiacademy.etl.pipeline.employment.EmploymentFeed;
import kr.aiacademy.etl.pipeline.employment.EmploymentOutcome;
import kr.aiacademy.etl.pipeline.employment.EmploymentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus;

import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;

/** Writes small lake files of the feeds, as the pipeline does, for warehouse tests (of every package). */
public final class LakeFixture {

    private static final Pseudonymizer PSEUDONYMS = new Pseudonymizer("warehouse-test-key-123".getBytes(
            StandardCharsets.UTF_8));

    private final Path dir;
    private final Map<String, List<Path>> files = new LinkedHashMap<>();

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

    /** A survey record; an EMPLOYED one has an employer. */
    public static EmploymentRecord outcome(String applicantId, EmploymentOutcome outcome, LocalDate startedOn,
            LocalDate surveyedOn) {
        boolean employed = outcome == EmploymentOutcome.EMPLOYED;
        return new EmploymentRecord(applicantId, outcome, employed ? "123-45-67890" : null,
                employed ? "(주)광주AI" : null, null, null, startedOn, null, null, null, surveyedOn);
    }

    /** A budget line of the academy's program. */
    public static BudgetRecord budget(int fiscalYear, FundingSource source, String line, long allocated,
            long executed) {
        return new BudgetRecord(fiscalYear, "GJ-AI-ACADEMY", "인공지능사관학교", source, line, allocated, executed,
                true, LocalDate.of(fiscalYear, 3, 31));
    }

    /** Writes one drop's lake file with the given rows and returns its path. */
    public Path drop(String dropName, List<EnrollmentRecord> records) throws IOException {
        return drop(dropName, "sha-" + dropName, LocalDateTime.of(2021, 1, 1, 0, 0), records);
    }

    /** Writes the lake file of a drop first seen at the given time. */
    public Path drop(String dropName, String sha256, LocalDateTime seenAt, List<EnrollmentRecord> records)
            throws IOException {
        return write(EnrollmentFeed.NAME, new EnrollmentFeed().lakeColumns(), dropName, sha256, seenAt, records);
    }

    public Path employment(String dropName, List<EmploymentRecord> records) throws IOException {
        return write(EmploymentFeed.NAME, new EmploymentFeed().lakeColumns(), dropName, "sha-" + dropName,
                LocalDateTime.of(2021, 1, 1, 0, 0), records);
    }

    public Path budget(String dropName, List<BudgetRecord> records) throws IOException {
        return write(BudgetFeed.NAME, new BudgetFeed().lakeColumns(), dropName, "sha-" + dropName,
                LocalDateTime.of(2021, 1, 1, 0, 0), records);
    }

    private <R> Path write(String feed, List<LakeColumn<R>> columns, String dropName, String sha256,
            LocalDateTime seenAt, List<R> records) throws IOException {
        Lineage lineage = new Lineage(feed, dropName, sha256, LocalDate.of(2021, 1, 1), 0, seenAt, seenAt);
        Path file = dir.resolve(sha256 + ".parquet");
        try (LakeFileWriter<LakeRow<R>> writer = new LakeFileWriter<>(LakeSchemas.rows(feed, columns), file)) {
            long line = 2;
            for (R record : records) {
                writer.write(new LakeRow<>(record, lineage, feed + ".data", line++));
            }
            writer.commit();
        }
        files.computeIfAbsent(feed, f -> new ArrayList<>()).add(file);
        return file;
    }

    public BuildInput input() {
        return new BuildInput(files, List.of(), List.of());
    }

    /** The input of a build that belongs to a run, with the history given. */
    public BuildInput input(List<DropAudit> drops, KpiHistoryFiles history, BuildRun run) {
        return new BuildInput(files, List.of(), drops, List.of(), history, run);
    }

    /** Builds a warehouse of the drops written so far into the given file. */
    public Path build(Path target) throws IOException, SQLException {
        new WarehouseBuilder().build(input(), target);
        return target;
    }

    /** Builds as of a run (its as-of date decides the elapsed share of the fiscal year). */
    public Path build(Path target, BuildRun run) throws IOException, SQLException {
        new WarehouseBuilder().build(input(List.of(), KpiHistoryFiles.NONE, run), target);
        return target;
    }
}
