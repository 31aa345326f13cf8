package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * Keeps the KPI figures of a published run where they survive the rebuilds: its rows of {@code kpi_run_drops} and
 * {@code kpi_cohort_history} as {@code history/kpi_run_drops/<execution id>.parquet} and
 * {@code history/kpi_cohort/<execution id>.parquet} (temporary names, then renamed; the cohort file last, so a
 * run counts as recorded once it is there). Every later build reads them back ({@link KpiHistoryFiles}).
 */
public final class KpiHistory {

    private KpiHistory() {
    }

    /** Writes the snapshots of the run that built the published warehouse; returns its execution (none outside a job). */
    public static Optional<Long> keep(Path warehouse, Path history) throws SQLException, IOException {
        Files.createDirectories(KpiHistoryFiles.dropsFolder(history));
        Files.createDirectories(KpiHistoryFiles.cohortFolder(history));
        try (Connection connection = WarehouseReader.openWritingTo(warehouse, history)) {
            Optional<Long> execution = execution(connection);
            if (execution.isPresent()) {
                snapshot(connection, "kpi_run_drops", KpiHistoryFiles.dropsFolder(history), execution.get());
                snapshot(connection, "kpi_cohort_history", KpiHistoryFiles.cohortFolder(history), execution.get());
            }
            return execution;
        }
    }

    private static Optional<Long> execution(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select execution_id from etl_build")) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(id);
        }
    }

    private static void snapshot(Connection connection, String table, Path folder, long execution)
            throws SQLException, IOException {
        Path target = folder.resolve(execution + ".parquet");
        Path temporary = KpiExtract.temporary(target);
        try (Statement statement = connection.createStatement()) {
            statement.execute("copy (select * from " + table + " where execution_id = " + execution + ") to '"
                    + temporary.toString().replace("'", "''") + "' (format parquet)");
        }
        KpiExtract.commit(temporary, target);
    }
}
