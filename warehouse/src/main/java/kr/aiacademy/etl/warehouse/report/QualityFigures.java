package kr.aiacademy.etl.warehouse.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Data quality: rejected rows by rule, quarantined drops, employment records not linked to an application yet,
 * budget lines executed above their allocation, and the build's other warnings.
 */
record QualityFigures(List<RejectRule> rejects, String rejectedRows, List<Quarantined> quarantined,
        String unlinkedEmployment, List<OverExecuted> overExecuted, List<Issue> issues) {

    record RejectRule(String feed, String rule, String rows, String drops) {
    }

    record Quarantined(String feed, String dropName, String reason) {
    }

    record OverExecuted(String fiscalYear, String programCode, String sourceKo, String budgetLine, String allocated,
            String executed, String asOf) {
    }

    record Issue(String issue, String feed, String detail) {
    }

    public boolean hasQuarantined() {
        return !quarantined.isEmpty();
    }

    public boolean hasOverExecuted() {
        return !overExecuted.isEmpty();
    }

    static QualityFigures read(Connection connection) throws SQLException {
        List<RejectRule> rejects = Rows.list(connection, Rows.report("rejects_by_rule"),
                rs -> new RejectRule(rs.getString("feed"), rs.getString("rule"),
                        Figures.count(Rows.count(rs, "rejected_rows")), Figures.count(Rows.count(rs, "drops"))));
        long rejected = Rows.list(connection, "select count(*) from etl_rejects", rs -> rs.getLong(1)).get(0);
        List<Quarantined> quarantined = Rows.list(connection,
                "select feed, drop_name, reason from etl_drops where status = 'REJECTED' order by feed, drop_name",
                rs -> new Quarantined(rs.getString(1), rs.getString(2), rs.getString(3)));
        long unlinked = Rows.list(connection,
                "select count(*) from fact_employment_outcome where application_key = -1", rs -> rs.getLong(1)).get(0);
        List<OverExecuted> over = Rows.list(connection, Rows.report("over_executed"),
                rs -> new OverExecuted(rs.getString("fiscal_year"), rs.getString("program_code"),
                        rs.getString("funding_source_ko"), rs.getString("budget_line"),
                        Figures.count(Rows.count(rs, "allocated_krw")), Figures.count(Rows.count(rs, "executed_krw")),
                        rs.getString("as_of")));
        List<Issue> issues = Rows.list(connection, "select issue, feed, detail from etl_quality_issues order by 1, 2, 3",
                rs -> new Issue(rs.getString(1), rs.getString(2), rs.getString(3)));
        return new QualityFigures(rejects, Figures.count(rejected), quarantined, Figures.count(unlinked), over, issues);
    }
}
