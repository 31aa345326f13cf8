package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Per fiscal year, program and funding source: allocated against executed, and the execution rate against the
 * share of the fiscal year elapsed at the snapshot's as-of date.
 */
record BudgetFigures(String fiscalYear, String programCode, String source, String sourceKo, String allocated,
        String allocatedValue, String executed, String executedValue, String executionRate, String asOf,
        String elapsedShare, boolean ahead) {

    static List<BudgetFigures> read(Connection connection) throws SQLException {
        return Rows.list(connection, Rows.report("budget_by_source"), rs -> {
            Long allocated = Rows.count(rs, "allocated_krw");
            Long executed = Rows.count(rs, "executed_krw");
            BigDecimal rate = rs.getObject("execution_rate", BigDecimal.class);
            BigDecimal elapsed = rs.getObject("elapsed_share", BigDecimal.class);
            return new BudgetFigures(rs.getString("fiscal_year"), rs.getString("program_code"),
                    rs.getString("funding_source"), rs.getString("funding_source_ko"), Figures.count(allocated),
                    Figures.plain(allocated), Figures.count(executed), Figures.plain(executed),
                    Figures.percent(rate), String.valueOf(rs.getObject("as_of", java.time.LocalDate.class)),
                    Figures.percent(elapsed), rate != null && elapsed != null && rate.compareTo(elapsed) > 0);
        });
    }

    /** The chart's label of the row: year, program and source. */
    public String label() {
        return fiscalYear + " " + programCode + " " + sourceKo;
    }
}
