package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Per cohort, from {@code kpi_cohort}: the funnel, awards and prize money, and the cost per completer. */
record CohortFigures(String cohort, String plannedHours, Stage applicants, Stage admitted, Stage completers,
        Stage positiveOutcomes, String competitionRatio, String localCompleters, String localShare,
        String outcomeRate, String awardedTeams, String awardsWon, String prizeTotal,
        String budget, String costPerCompleter) {

    /** A count shown (155) with its plain value for the chart (155). */
    record Stage(String shown, String value) {

        static Stage of(Long count) {
            return new Stage(Figures.count(count), Figures.plain(count));
        }
    }

    static List<CohortFigures> read(Connection connection) throws SQLException {
        return Rows.list(connection, "select * from kpi_cohort order by cohort", CohortFigures::of);
    }

    private static CohortFigures of(ResultSet rs) throws SQLException {
        return new CohortFigures(rs.getString("cohort"), Figures.count(Rows.count(rs, "planned_hours")),
                Stage.of(Rows.count(rs, "applicants")), Stage.of(Rows.count(rs, "admitted")),
                Stage.of(Rows.count(rs, "completers")), Stage.of(Rows.count(rs, "positive_outcomes")),
                Figures.ratio(rs.getObject("competition_ratio", BigDecimal.class)),
                Figures.count(Rows.count(rs, "local_completers")),
                Figures.percent(rs.getObject("local_share", BigDecimal.class)),
                Figures.percent(rs.getObject("outcome_rate", BigDecimal.class)),
                Figures.count(Rows.count(rs, "awarded_teams")), Figures.count(Rows.count(rs, "awards_won")),
                Figures.count(Rows.count(rs, "prize_total_krw")), Figures.count(Rows.count(rs, "budget_krw")),
                Figures.count(Rows.count(rs, "cost_per_completer_krw")));
    }
}
