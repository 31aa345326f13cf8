package kr.aiacademy.etl.warehouse.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * Writes {@code report.html} (what a program director opens in the morning) and {@code docs.html} (the data
 * docs) of a published warehouse into a folder. Each is one self-contained file: styles, scripts and the
 * charting library inline, no fonts, images or anything else to fetch, so it opens from a file or an e-mail.
 */
public final class MorningReport {

    public static final String REPORT = "report.html";
    public static final String DOCS = "docs.html";

    private MorningReport() {
    }

    /** Writes both pages from the warehouse as published; returns the files written. */
    public static List<Path> write(Path warehouse, ReportRun run, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        Map<String, Object> report;
        Map<String, Object> docs;
        Map<String, Object> page;
        try (Connection connection = WarehouseReader.open(warehouse)) {
            page = page(connection, run);
            report = report(connection, run);
            docs = DataDocs.read(connection);
        }
        return List.of(render("report", merged(page, report), folder.resolve(REPORT)),
                render("docs", merged(page, docs), folder.resolve(DOCS)));
    }

    /**
     * Writes the data docs alone (they hold no figure, only what each table, column and KPI means): for a public
     * extract, whose counts are suppressed, where the report with its unsuppressed counts must not go.
     */
    public static Path writeDocs(Path warehouse, ReportRun run, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        Map<String, Object> docs;
        Map<String, Object> page;
        try (Connection connection = WarehouseReader.open(warehouse)) {
            page = page(connection, run);
            docs = DataDocs.read(connection);
        }
        return render("docs", merged(page, docs), folder.resolve(DOCS));
    }

    static Map<String, Object> report(Connection connection, ReportRun run) throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put("feeds", FeedFreshness.read(connection, run));
        model.put("cohorts", CohortFigures.read(connection));
        model.put("rates", RateFigures.read(connection));
        model.put("definitions", RateFigures.definitions(connection));
        model.put("budgets", BudgetFigures.read(connection));
        model.put("changes", ChangeFigures.read(connection, run));
        model.put("quality", QualityFigures.read(connection));
        model.put("chartJs", Templates.chartJs());
        model.put("charts", Templates.text("/report/charts.js"));
        return model;
    }

    /**
     * What both pages show on top: the run, when it wrote them, and when the warehouse the figures come from was
     * built ({@code etl_build}, as the manifest's {@code as_of}).
     */
    private static Map<String, Object> page(Connection connection, ReportRun run) throws SQLException {
        Map<String, Object> page = new HashMap<>();
        page.put("run", run);
        page.put("writtenAt", run.shown(run.asOf()));
        List<String> built = Rows.list(connection, "select built_at from etl_build",
                rs -> run.shown(rs.getObject(1, OffsetDateTime.class).toZonedDateTime()));
        page.put("asOf", built.isEmpty() ? run.shown(run.asOf()) : built.get(0));
        page.put("style", Templates.text("/report/report.css"));
        return page;
    }

    private static Map<String, Object> merged(Map<String, Object> page, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(page);
        model.putAll(content);
        return model;
    }

    private static Path render(String template, Map<String, Object> model, Path target) throws IOException {
        // not a dot-file: an export folder holds none (ExportPart)
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            Templates.template(template).execute(model, out);
        }
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
