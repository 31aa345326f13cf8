package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Per fiscal year, program and funding source ({@code kpi_budget_execution}): allocated against executed, and the
 * execution rate against the share of the fiscal year elapsed at the build's as-of date.
 */
record BudgetFigures(String fiscalYear, String programCode, String sourceKo, String allocated,
        String allocatedValue, String executed, String executedValue, String executionRate, String asOf,
        String elapsedShare, String executionPace, boolean behind) {

    static List<BudgetFigures> read(Connection connection) throws SQLException {
        return Rows.list(connection, "select * from kpi_budget_execution", rs -> {
            Long allocated = Rows.count(rs, "allocated_krw");
            Long executed = Rows.count(rs, "executed_krw");
            BigDecimal pace = rs.getObject("execution_pace", BigDecimal.class);
            return new BudgetFigures(rs.getString("fiscal_year"), rs.getString("program_code"),
                    rs.getString("funding_source_ko"), Figures.count(allocated), Figures.plain(allocated),
                    Figures.count(executed), Figures.plain(executed),
                    Figures.percent(rs.getObject("execution_rate", BigDecimal.class)), rs.getString("as_of_date"),
                    Figures.percent(rs.getObject("elapsed_share", BigDecimal.class)), Figures.ratio(pace),
                    pace != null && pace.compareTo(BigDecimal.ONE) < 0);
        });
    }

    /** The chart's label of the row: year, program and source. */
    public String label() {
        return fiscalYear + " " + programCode + " " + sourceKo;
    }
}
