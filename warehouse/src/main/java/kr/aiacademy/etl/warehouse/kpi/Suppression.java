package kr.aiacademy.etl.warehouse.kpi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extracts of a public export: {@code kpi_cohort} and {@code kpi_cohort_total} with the cells
 * {@link SmallCells} finds blank (NULL: an empty CSV field), and the views without counts of people
 * ({@code kpi_budget}, {@code kpi_budget_execution}, {@code kpi_definitions}) whole. Per-cohort rate and history
 * views are left out of it.
 */
final class Suppression {

    static final String METHOD = "cell suppression: counts from 1 to threshold - 1 blank, with every rate computed "
            + "from a blank count; complementary suppression of nested counts within a cohort (applicants, admitted, "
            + "completers, local completers, positive outcomes) and across cohorts against the total row";

    private static final String COHORTS = "select cohort, applicants, admitted, completers, local_completers, "
            + "positive_outcomes, employed, completers - not_in_grad_school as grad_school from kpi_cohort "
            + "join (select cohort, numerator as employed, denominator as not_in_grad_school from kpi_cohort_rates "
            + "where kpi = 'employment_rate') using (cohort) order by cohort";
    private static final String TOTAL = "select applicants, admitted, completers, local_completers, "
            + "positive_outcomes, (select sum(numerator) from kpi_cohort_rates where kpi = 'employment_rate'), "
            + "completers - (select sum(denominator) from kpi_cohort_rates where kpi = 'employment_rate') "
            + "from kpi_cohort_total";

    private Suppression() {
    }

    static List<Extract> extracts(Connection connection, int threshold) throws SQLException {
        List<Integer> cohorts = new ArrayList<>();
        List<SmallCells.Line> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(COHORTS)) {
                while (rs.next()) {
                    cohorts.add(rs.getInt(1));
                    lines.add(line(rs, 2));
                }
            }
            SmallCells.Line total;
            try (ResultSet rs = statement.executeQuery(TOTAL)) {
                rs.next();
                total = line(rs, 1);
            }
            List<Set<String>> blanks = new SmallCells(threshold).blanks(lines, total);
            Map<String, List<Integer>> blankCohorts = new HashMap<>();
            for (int i = 0; i < cohorts.size(); i++) {
                for (String column : blanks.get(i)) {
                    blankCohorts.computeIfAbsent(column, c -> new ArrayList<>()).add(cohorts.get(i));
                }
            }
            Map<String, String> cohortConditions = new LinkedHashMap<>();
            blankCohorts.forEach((column, list) -> cohortConditions.put(column, "cohort in (" + list.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
            Map<String, String> totalConditions = new LinkedHashMap<>();
            blanks.get(cohorts.size()).forEach(column -> totalConditions.put(column, "true"));
            return List.of(
                    new Extract("kpi_cohort", masked(statement, "kpi_cohort", cohortConditions) + " order by cohort"),
                    new Extract("kpi_cohort_total", masked(statement, "kpi_cohort_total", totalConditions)),
                    Extract.view("kpi_budget"), Extract.view("kpi_budget_execution"),
                    Extract.view("kpi_definitions"));
        }
    }

    private static SmallCells.Line line(ResultSet rs, int first) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < SmallCells.COUNTS.size(); i++) {
            counts.put(SmallCells.COUNTS.get(i), rs.getLong(first + i));
        }
        return new SmallCells.Line(counts, rs.getLong(first + 5), rs.getLong(first + 6));
    }

    /** Every column of the view, NULL where its condition holds. */
    private static String masked(Statement statement, String view, Map<String, String> conditions)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select * from " + view + " limit 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnLabel(i);
                String condition = conditions.get(column);
                columns.add(condition == null ? column
                        : "case when " + condition + " then null else " + column + " end as " + column);
            }
        }
        return "select " + String.join(", ", columns) + " from " + view;
    }
}
