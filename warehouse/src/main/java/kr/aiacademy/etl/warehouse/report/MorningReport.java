package kr.aiacademy.etl.warehouse.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
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
        try (Connection connection = WarehouseReader.open(warehouse)) {
            report = report(connection, run);
            docs = DataDocs.read(connection);
        }
        Map<String, Object> page = page(run);
        return List.of(render("report", merged(page, report), folder.resolve(REPORT)),
                render("docs", merged(page, docs), folder.resolve(DOCS)));
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

    private static Map<String, Object> page(ReportRun run) {
        Map<String, Object> page = new HashMap<>();
        page.put("run", run);
        page.put("asOf", run.shown(run.asOf()));
        page.put("style", Templates.text("/report/report.css"));
        return page;
    }

    private static Map<String, Object> merged(Map<String, Object> page, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(page);
        model.putAll(content);
        return model;
    }

    private static Path render(String template, Map<String, Object> model, Path target) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            Templates.template(template).execute(model, out);
        }
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
