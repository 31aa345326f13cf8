package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * Writes one export folder of the published warehouse ({@link ExportFolder}): the KPI extracts (suppressed for a
 * public extract, {@link Suppression}), then the files of the {@link ExportPart}s (the report), then the manifest.
 */
public final class KpiExporter {

    private final List<ExportPart> parts;

    public KpiExporter(List<ExportPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Writes the export; returns its folder, {@code exports/<run date>/<execution id>/}. */
    public Path export(Path warehouse, Path exports, ExportRun run) throws IOException, SQLException {
        ExportFolder folder = new ExportFolder(exports, run);
        Path partial = folder.open();
        try {
            try (Connection connection = WarehouseReader.openWritingTo(warehouse, partial)) {
                List<Extract> extracts = run.isPublic()
                        ? Suppression.extracts(connection, run.threshold()) : KpiExtract.internal();
                Map<String, Long> rows = KpiExtract.write(connection, partial, extracts);
                for (ExportPart part : parts) {
                    part.addTo(partial, warehouse, run);
                }
                Manifest.write(partial, connection, run, rows);
            }
            return folder.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }
}
