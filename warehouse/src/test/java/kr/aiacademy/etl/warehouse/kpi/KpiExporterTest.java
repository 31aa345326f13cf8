package kr.aiacademy.etl.warehouse.kpi;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KpiExporterTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);
    private static final OffsetDateTime BUILT = OffsetDateTime.parse("2026-12-01T02:00:05+09:00");

    @TempDir
    Path dir;

    private Path warehouse;
    private Path exports;

    @BeforeEach
    void buildWarehouse() throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        Path file = lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, APPLIED, 29, "p2", T0)));
        List<DropAudit> drops = List.of(
                new DropAudit("enrollment", "enrollment_20200901.csv", "ab".repeat(32), "LOADED", 2L, 0L, null, null,
                        null, 100L, LocalDate.of(2020, 9, 1), T0, T0),
                new DropAudit("enrollment", "enrollment_20200902.zip", "cd".repeat(32), "REJECTED", 0L, 0L, "bad",
                        null, null, 10L, LocalDate.of(2020, 9, 2), T0, null));
        warehouse = dir.resolve("warehouse/warehouse.duckdb");
        new WarehouseBuilder().build(new BuildInput(Map.of("enrollment", List.of(file)), List.of(), drops, List.of(),
                KpiHistoryFiles.NONE, new BuildRun(7L, "nightlyLoadJob", BUILT, SEOUL)), warehouse);
        exports = dir.resolve("exports");
    }

    @Test
    void anExportIsAFolderPerRunDateAndExecutionWithAManifestThatDigestsEveryFile() throws Exception {
        List<Path> seenByPart = new ArrayList<>();
        ExportPart report = (folder, published, run) -> {
            seenByPart.add(folder);
            Files.writeString(folder.resolve("report.html"), "<html>" + run.executionId() + "</html>");
        };

        Path folder = new KpiExporter(List.of(report)).export(warehouse, exports, run(7, "2026-12-01T02:00:09"));

        assertThat(folder).isEqualTo(exports.resolve("2026-12-01/7"));
        assertThat(seenByPart).singleElement().asString().endsWith(".7.partial");
        try (var files = Files.list(folder)) {
            List<String> expected = new ArrayList<>(List.of("report.html", "manifest.json"));
            KpiExtract.VIEWS.forEach(view -> expected.addAll(List.of(view + ".csv", view + ".parquet")));
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.get("execution_id").asLong()).isEqualTo(7);
        assertThat(manifest.get("job_name").asString()).isEqualTo("nightlyLoadJob");
        assertThat(manifest.get("as_of").asString()).isEqualTo("2026-12-01T02:00:05+09:00");
        assertThat(manifest.get("written_at").asString()).isEqualTo("2026-12-01T02:00:09+09:00");
        assertThat(manifest.get("period").get("kind").asString()).isEqualTo("day");
        assertThat(manifest.get("definitions_version").asString()).matches("kpi-[0-9a-f]{12}");
        assertThat(manifest.get("suppression").get("applied").asBoolean()).isFalse();
        assertThat(manifest.get("drops")).hasSize(1);
        assertThat(manifest.get("drops").get(0).get("sha256").asString()).isEqualTo("ab".repeat(32));
        assertThat(manifest.get("row_counts").get("extracts").get("kpi_cohort").asLong()).isEqualTo(1);
        assertThat(manifest.get("row_counts").get("warehouse").get("fact_application").asLong()).isEqualTo(2);
        assertThat(manifest.get("files")).hasSize(2 * KpiExtract.VIEWS.size() + 1);
        for (JsonNode file : manifest.get("files")) {
            Path written = folder.resolve(file.get("name").asString());
            assertThat(Manifest.sha256(written)).as(written.toString()).isEqualTo(file.get("sha256").asString());
            assertThat(Files.size(written)).isEqualTo(file.get("bytes").asLong());
        }
        assertThat(Files.readSymbolicLink(exports.resolve("latest"))).isEqualTo(Path.of("2026-12-01/7"));
    }

    @Test
    void twoExportsOnTheSameDayLeaveTwoFoldersAndLatestPointsAtTheNewer() throws Exception {
        KpiExporter exporter = new KpiExporter(List.of());
        Path first = exporter.export(warehouse, exports, run(7, "2026-12-01T02:00:09"));

        Path second = exporter.export(warehouse, exports, run(8, "2026-12-01T14:30:00"));

        assertThat(first).isDirectory().isNotEqualTo(second);
        assertThat(second).isDirectory();
        assertThat(exports.resolve("latest").toRealPath()).isEqualTo(second.toRealPath());
        try (var names = Files.list(exports)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2026-12-01", "latest");
        }
        assertThatThrownBy(() -> exporter.export(warehouse, exports, run(8, "2026-12-01T15:00:00")))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("never overwritten");
    }

    @Test
    void aFailingPartLeavesNoFolderAndTheLatestLinkAsItWas() throws Exception {
        new KpiExporter(List.of()).export(warehouse, exports, run(7, "2026-12-01T02:00:09"));
        ExportPart broken = (folder, published, run) -> {
            throw new java.io.IOException("cannot render the report");
        };

        assertThatThrownBy(() -> new KpiExporter(List.of(broken)).export(warehouse, exports,
                run(8, "2026-12-01T14:30:00"))).hasMessage("cannot render the report");

        try (var names = Files.list(exports.resolve("2026-12-01"))) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("7");
        }
        assertThat(Files.readSymbolicLink(exports.resolve("latest"))).isEqualTo(Path.of("2026-12-01/7"));
    }

    private static ExportRun run(long execution, String localTime) {
        OffsetDateTime at = LocalDateTime.parse(localTime).atZone(SEOUL).toOffsetDateTime();
        return new ExportRun(execution, "nightlyLoadJob", ExportPeriod.day(at.toLocalDate()), at, SEOUL);
    }
}
