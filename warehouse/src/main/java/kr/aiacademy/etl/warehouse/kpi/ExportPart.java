package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A contributor of files to an export folder (e.g. {@code report.html}, {@code docs.html}). Called after the KPI
 * extracts are written and before {@code manifest.json}, so the manifest lists and digests what it adds. It writes
 * into the folder that is still hidden ({@code exports/<date>/.<execution id>.partial/}); the folder appears
 * under its name only once everything, manifest last, is in. Files starting with a dot are not allowed: write a
 * temporary file under another name and rename it, or write directly (the folder is not visible yet).
 */
@FunctionalInterface
public interface ExportPart {

    /**
     * @param folder    the export folder being written (extracts already in it)
     * @param warehouse the published warehouse the extracts were read from (open it with {@code WarehouseReader})
     * @param run       the export: execution, period, time, public or not
     */
    void addTo(Path folder, Path warehouse, ExportRun run) throws IOException, SQLException;
}
