package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What changed since the previous published run ({@code kpi_cohort_changes} of the run that built the
 * warehouse): per cohort and figure the value before and now, and the drops that came in or left between.
 */
record ChangeFigures(String previousRun, List<Change> changes) {

    record Change(String cohort, String kpi, String before, String now, String change, String dropsIn,
            String dropsOut) {
    }

    static ChangeFigures read(Connection connection, ReportRun run) throws SQLException {
        List<String> previous = Rows.list(connection, Rows.report("previous_run"), rs -> "#"
                + rs.getLong("execution_id") + " (" + run.shown(rs.getObject("as_of", OffsetDateTime.class)
                .toZonedDateTime()) + ")");
        List<Change> changes = Rows.list(connection, Rows.report("changes"), rs -> {
            String unit = rs.getString("unit");
            return new Change(rs.getString("cohort"), rs.getString("kpi"),
                    Figures.of(unit, rs.getObject("previous_value", BigDecimal.class)),
                    Figures.of(unit, rs.getObject("value", BigDecimal.class)),
                    Figures.of(unit, rs.getObject("change", BigDecimal.class)), orNone(rs.getString("drops_in")),
                    orNone(rs.getString("drops_out")));
        });
        return new ChangeFigures(previous.isEmpty() ? null : previous.get(0), changes);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    private static String orNone(String value) {
        return value == null ? Figures.NONE : value;
    }
}
