package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One rate of one cohort: its value with the counts it is computed from, and its definition. */
record RateFigures(String cohort, String name, String rate, String rateValue, String numerator,
        String denominator, String definition) {

    static List<RateFigures> read(Connection connection) throws SQLException {
        return Rows.list(connection, Rows.report("cohort_rates"), rs -> new RateFigures(rs.getString("cohort"),
                rs.getString("name"), Figures.percent(rs.getObject("rate", BigDecimal.class)),
                Figures.percentValue(rs.getObject("rate", BigDecimal.class)),
                Figures.count(Rows.count(rs, "numerator")), Figures.count(Rows.count(rs, "denominator")),
                rs.getString("definition")));
    }
}
