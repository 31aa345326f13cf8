package kr.aiacademy.etl.warehouse.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which cells of the cohort table (one line per cohort, and the total line) a public extract leaves blank. A cell is
 * <em>small</em> when it counts 1 to threshold − 1 people (0 is published: it discloses no one).
 * <ol>
 * <li>Primary: every small count.</li>
 * <li>Nested counts, within a line: applicants ⊇ admitted ⊇ completers ⊇ local completers, completers ⊇ positive
 * outcomes. A small difference of two published nested counts (e.g. 2 non-local completers) would be derived by
 * subtraction: the inner count is blanked too.</li>
 * <li>The employment rate E / (C − G), with C completers and P = E + G positive outcomes published, gives away E
 * (employed or start-up) and G (graduate school): it is blank when E or G is small, or C or P is blank.</li>
 * <li>Across cohorts, against the total line: in each count column (and the employment rate), one blank cohort cell
 * would be the total minus the published ones, so a second one is blanked — the smallest other published value,
 * a non-zero one first — or, with no other cohort, the total's cell.</li>
 * <li>Repeated until nothing changes; then every rate with a blank count among its operands is blank
 * (competition ratio: applicants, admitted; completion rate: completers, admitted; local share: local completers,
 * completers; outcome rate: positive outcomes, completers; cost per completer: completers).</li>
 * </ol>
 */
final class SmallCells {

    static final List<String> COUNTS = List.of("applicants", "admitted", "completers", "local_completers",
            "positive_outcomes");
    static final String EMPLOYMENT_RATE = "employment_rate";
    private static final List<List<String>> NESTED = List.of(List.of("applicants", "admitted"),
            List.of("admitted", "completers"), List.of("completers", "local_completers"),
            List.of("completers", "positive_outcomes"));
    static final Map<String, List<String>> RATES = Map.of(
            "competition_ratio", List.of("applicants", "admitted"),
            "completion_rate", List.of("completers", "admitted"),
            "local_share", List.of("local_completers", "completers"),
            "outcome_rate", List.of("positive_outcomes", "completers"),
            "cost_per_completer_krw", List.of("completers"));

    /** One line of the table: its counts, and the employed (E) and graduate school (G) counts behind its rate. */
    record Line(Map<String, Long> counts, long employed, long gradSchool) {

        long value(String column) {
            return column.equals(EMPLOYMENT_RATE) ? employed : counts.get(column);
        }
    }

    private final int threshold;

    SmallCells(int threshold) {
        this.threshold = threshold;
    }

    /** The blank columns of each cohort line, then of the total line (the last of the list). */
    List<Set<String>> blanks(List<Line> cohorts, Line total) {
        List<Line> lines = new ArrayList<>(cohorts);
        lines.add(total);
        List<Set<String>> blank = new ArrayList<>();
        lines.forEach(line -> blank.add(new HashSet<>()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                changed |= withinLine(lines.get(i), blank.get(i));
            }
            List<String> groups = new ArrayList<>(COUNTS);
            groups.add(EMPLOYMENT_RATE);
            for (String column : groups) {
                changed |= acrossCohorts(lines, blank, column);
            }
        }
        for (Set<String> line : blank) {
            RATES.forEach((rate, operands) -> {
                if (operands.stream().anyMatch(line::contains)) {
                    line.add(rate);
                }
            });
        }
        return blank;
    }

    private boolean withinLine(Line line, Set<String> blank) {
        boolean changed = false;
        for (String count : COUNTS) {
            if (small(line.value(count))) {
                changed |= blank.add(count);
            }
        }
        for (List<String> pair : NESTED) {
            String outer = pair.get(0);
            String inner = pair.get(1);
            if (!blank.contains(outer) && !blank.contains(inner)
                    && small(line.value(outer) - line.value(inner))) {
                changed |= blank.add(inner);
            }
        }
        if (small(line.employed()) || small(line.gradSchool()) || blank.contains("completers")
                || blank.contains("positive_outcomes")) {
            changed |= blank.add(EMPLOYMENT_RATE);
        }
        return changed;
    }

    private boolean acrossCohorts(List<Line> lines, List<Set<String>> blank, String column) {
        int total = lines.size() - 1;
        if (blank.get(total).contains(column)) {
            return false;
        }
        List<Integer> blanked = new ArrayList<>();
        List<Integer> published = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            (blank.get(i).contains(column) ? blanked : published).add(i);
        }
        if (blanked.size() != 1) {
            return false;
        }
        Optional<Integer> complement = published.stream().min(Comparator
                .comparing((Integer i) -> lines.get(i).value(column) == 0)
                .thenComparing(i -> lines.get(i).value(column)).thenComparing(i -> i));
        return blank.get(complement.orElse(total)).add(column);
    }

    private boolean small(long count) {
        return count > 0 && count < threshold;
    }
}
