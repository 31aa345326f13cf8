package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One rate KPI of one cohort: its value with the counts it is computed from; and the definitions of
 * {@code kpi_definitions} (what each means, what it counts above and below the line, what it leaves out).
 */
record RateFigures(String cohort, String kpi, String labelKo, String labelEn, String value, String numerator,
        String denominator) {

    /** A KPI as {@code kpi_definitions} defines it. */
    record Definition(String kpi, String labelKo, String labelEn, String formula, String numerator,
            String denominator, String exclusions) {
    }

    static List<RateFigures> read(Connection connection) throws SQLException {
        return Rows.list(connection, Rows.report("cohort_rates"), rs -> new RateFigures(rs.getString("cohort"),
                rs.getString("kpi"), rs.getString("label_ko"), rs.getString("label_en"),
                Figures.of(rs.getString("unit"), rs.getObject("value", BigDecimal.class)),
                Figures.count(Rows.count(rs, "numerator")), Figures.count(Rows.count(rs, "denominator"))));
    }

    static List<Definition> definitions(Connection connection) throws SQLException {
        return Rows.list(connection, "select * from kpi_definitions", rs -> new Definition(rs.getString("kpi"),
                rs.getString("label_ko"), rs.getString("label_en"), rs.getString("formula"),
                rs.getString("numerator"), rs.getString("denominator"), rs.getString("exclusions")));
    }

}
