package kr.aiacademy.etl.warehouse.report;

import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.APPLIED;
import static kr.aiacademy.etl.pipeline.enrollment.EnrollmentStatus.COMPLETED;
import static kr.aiacademy.etl.warehouse.build.LakeFixture.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.LakeFixture;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MorningReportTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2020, 9, 1, 9, 0);
    private static final ReportRun RUN = new ReportRun("nightlyLoadJob", 42, "COMPLETED", "1 drop(s) loaded",
            "day 2021-01-02", ZonedDateTime.of(2021, 1, 2, 3, 4, 5, 0, ZoneId.of("Asia/Seoul")),
            Map.of("enrollment", "FRESH"));

    @TempDir
    Path dir;

    @Test
    void writesBothPagesWithTheRunAndTheFiguresOfTheWarehouse() throws Exception {
        Path warehouse = warehouse(List.of());

        List<Path> written = MorningReport.write(warehouse, RUN, dir.resolve("out"));

        assertThat(written).containsExactly(dir.resolve("out/report.html"), dir.resolve("out/docs.html"));
        String report = Files.readString(written.get(0));
        assertThat(report).contains("2021-01-02 03:04:05 KST").contains("nightlyLoadJob #<span id=\"execution-id\">42")
                .contains("<span id=\"run-status\" class=\"status-COMPLETED\">COMPLETED</span>")
                .contains("data-value=\"2\">2</td>").contains("FRESH").contains("new Chart(");
        String docs = Files.readString(written.get(1));
        assertThat(docs).contains("data-relation=\"kpi_cohort\"").contains("data-relation=\"fact_application\"")
                .contains("One row per application: its current state (latest updated_at wins)");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void writesTheDocsAloneWhenAskedForThem() throws Exception {
        Path docs = MorningReport.writeDocs(warehouse(List.of()), RUN, dir.resolve("out"));

        assertThat(docs).isEqualTo(dir.resolve("out/docs.html"));
        assertThat(dir.resolve("out/report.html")).doesNotExist();
        assertThat(Files.readString(docs)).contains("data-relation=\"kpi_definitions\"")
                .contains("employment_6m_rate");
    }

    @Test
    void escapesEveryValueFromTheData() throws Exception {
        String name = "enrollment_<script>alert(1)</script>.csv";
        Path warehouse = warehouse(List.of(new DropAudit("enrollment", name, "abc", "REJECTED", 0L, 0L,
                "a \"quoted\" <b>reason</b> & more", null, null, 10L, LocalDate.of(2021, 1, 1), T0, null)));

        String report = Files.readString(MorningReport.write(warehouse, RUN, dir.resolve("out")).get(0));

        assertThat(report).doesNotContain("<script>alert(1)").doesNotContain("<b>reason</b>")
                .contains("enrollment_&lt;script&gt;alert(1)&lt;/script&gt;.csv")
                .contains("a &quot;quoted&quot; &lt;b&gt;reason&lt;/b&gt; &amp; more");
    }

    private Path warehouse(List<DropAudit> drops) throws Exception {
        LakeFixture lake = new LakeFixture(dir);
        lake.drop("enrollment_20200901.csv", List.of(application("A1", 1, COMPLETED, 29, "p1", T0),
                application("A2", 1, APPLIED, 29, "p2", T0)));
        Path target = dir.resolve("warehouse/warehouse.duckdb");
        BuildInput input = lake.input();
        new WarehouseBuilder().build(new BuildInput(input.lakeFiles(), List.of(), drops), target);
        return target;
    }
}
