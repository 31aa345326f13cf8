package kr.aiacademy.etl.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo load's {@code report.html} and {@code docs.html} in a real headless Chromium, at a phone's and a
 * desktop's width: nothing but the file itself is requested, nothing is logged as an error, the contract's figures
 * are on the page, the charts are drawn, and the docs list every table and view with its column comments.
 * Screenshots go to {@code jobs/target/report-screenshots/} for a person to look at.
 */
class MorningReportIT {

    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static final List<String> CONTRACT_FIGURES = List.of("5.80", "155", "73", "130", "83.9 %", "28,000,000",
            "22,580,645");

    @TempDir
    static Path dir;

    private static Path data;
    private static Path report;
    private static Chromium chromium;

    @BeforeAll
    static void loadTheDemoAndStartTheBrowser() throws Exception {
        data = dir.resolve("data");
        Cli run = Cli.run("run", "--data-dir", data.toString(), "--quiet");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        Cli printed = Cli.run("report", "--data-dir", data.toString());
        assertThat(printed.status()).as(printed.err()).isZero();
        report = Path.of(printed.out().strip());
        chromium = Chromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopTheBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void reportShowsTheContractFiguresAtPhoneAndDesktopWidthWithoutTheNetwork() throws Exception {
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            Path screenshot = SCREENSHOTS.resolve("report-" + size[0] + "x" + size[1] + ".png");

            Chromium.Visit visit = chromium.visit(report.toUri(), size[0], size[1], screenshot);

            assertThat(visit.requests()).as("requests").containsExactly(report.toUri().toString());
            assertThat(visit.errors()).as("console errors").isEmpty();
            assertThat(visit.chartsDrawn()).as("charts drawn").isEqualTo(2);
            assertThat(visit.text()).contains(CONTRACT_FIGURES).contains("AI 사관학교 아침 보고서")
                    .contains("AI academy morning report").contains("KST");
            assertThat(Files.size(screenshot)).isPositive();
        }
    }

    @Test
    void reportIsOneFileThatNamesNoOtherResource() throws Exception {
        String html = Files.readString(report);

        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)")
                .doesNotContain("sourceMappingURL").doesNotContainPattern("(?i)@import|@font-face|\\burl\\(");
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("report.html", "docs.html",
                    "manifest.json");
        }
        assertThat(Files.readString(report.resolveSibling("manifest.json"))).contains("\"report.html\"")
                .contains("\"docs.html\"");
    }

    @Test
    void aSecondRunTheSameDayLeavesASecondFolderWithAReportOfItsOwn() throws Exception {
        Path previous = Path.of(Cli.run("report", "--data-dir", data.toString()).out().strip());
        Cli again = Cli.run("run", "--data-dir", data.toString(), "--quiet");
        assertThat(again.status()).as(again.out() + again.err()).isZero();

        Path newer = Path.of(Cli.run("report", "--data-dir", data.toString()).out().strip());

        assertThat(newer.getParent().getParent()).isEqualTo(previous.getParent().getParent());
        assertThat(newer).isNotEqualTo(previous);
        assertThat(previous).exists();
        Chromium.Visit visit = chromium.visit(newer.toUri(), 1280, 900, SCREENSHOTS.resolve("report-second-run.png"));
        assertThat(visit.errors()).isEmpty();
        assertThat(visit.text()).contains("no new drop").contains(CONTRACT_FIGURES);
    }

    @Test
    void aRunWithANewDropShowsWhatChangedAndWhichDropCameIn() throws Exception {
        Path inbox = dir.resolve("inbox-with-a-late-application");
        copy(data.resolve("demo-inbox"), inbox);
        Files.writeString(inbox.resolve("enrollment/enrollment_20211001.csv"), "applicant_id,cohort,course_start,"
                + "course_end,planned_hours,name,rrn,email,phone,home_region,status,applied_on,status_on,"
                + "hours_attended,dormitory,updated_at\n"
                + "A2-9001,2,2021-07-05,2022-02-25,1120,박수아,950519-2383783,sua.park32@example.com,010-2885-8956,"
                + "GWANGJU,APPLIED,2021-06-01,2021-06-01,,,2021-06-01 10:00:00\n");
        String previous = WarehouseQueries.query(data, "select execution_id from etl_build").get(0).get(0);
        Cli run = Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet");
        assertThat(run.status()).as(run.out() + run.err()).isZero();

        Path newest = Path.of(Cli.run("report", "--data-dir", data.toString()).out().strip());
        Chromium.Visit visit = chromium.visit(newest.toUri(), 1280, 900, SCREENSHOTS.resolve("report-changes.png"));

        assertThat(visit.errors()).isEmpty();
        assertThat(visit.text()).contains("1 drop(s) loaded").contains("Previous run #" + previous).containsPattern(
                "2\\s+applicants\\s+609\\s+610\\s+1\\s+enrollment/enrollment_20211001.csv")
                .containsPattern("2\\s+competition_ratio\\s+3.38\\s+3.39\\s+0.01\\s+"
                        + "enrollment/enrollment_20211001.csv");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void anExtractOfKpiExtractJobCarriesTheReportAndAPublicOneTheDocsAlone() throws Exception {
        Path internal = exportFolder("export");
        Path open = exportFolder("export", "--public");

        assertThat(internal.resolve("report.html")).exists();
        assertThat(Files.readString(internal.resolve("report.html"))).contains("kpiExtractJob #"
                + internal.getFileName()).contains("22,580,645");
        assertThat(open.resolve("docs.html")).exists();
        assertThat(open.resolve("report.html")).as("the report's counts are not suppressed").doesNotExist();
        assertThat(Files.readString(open.resolve("manifest.json"))).contains("\"docs.html\"")
                .doesNotContain("\"report.html\"");
    }

    /** {@code ./etl export [options]}: the folder it printed. */
    private static Path exportFolder(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        Cli export = Cli.run(all);
        assertThat(export.status()).as(export.out() + export.err()).isZero();
        return Path.of(export.out().strip().replaceFirst("^[^/]*", ""));
    }

    @Test
    void docsListEveryTableAndViewWithItsColumnComments() throws Exception {
        Path docs = report.resolveSibling("docs.html");

        Chromium.Visit visit = chromium.visit(docs.toUri(), 1280, 900, SCREENSHOTS.resolve("docs-1280x900.png"));

        assertThat(visit.requests()).containsExactly(docs.toUri().toString());
        assertThat(visit.errors()).isEmpty();
        List<List<String>> relations = WarehouseQueries.query(data, "select table_name from duckdb_tables() "
                + "where not temporary and schema_name = 'main' union all select view_name from duckdb_views() "
                + "where not internal"); // the schema build is the build's own state, not documented
        assertThat(relations).hasSizeGreaterThan(15);
        for (List<String> relation : relations) {
            assertThat(visit.html()).contains("data-relation=\"" + relation.get(0) + "\"");
        }
        for (List<String> column : WarehouseQueries.query(data, "select comment from duckdb_columns() "
                + "where not internal and comment is not null")) {
            assertThat(visit.text()).contains(column.get(0));
        }
        assertThat(visit.text()).contains("One row per application").contains("lake/enrollment")
                .contains("stg_enrollment").contains("int_application_current");
    }
}
