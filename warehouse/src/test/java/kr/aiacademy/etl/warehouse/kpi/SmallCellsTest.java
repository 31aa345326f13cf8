package kr.aiacademy.etl.warehouse.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private final SmallCells cells = new SmallCells(5);

    @Test
    void withOneCohortASmallCellBlanksTheTotalsCellToo() {
        SmallCells.Line only = line(40, 30, 3, 2, 2, 2, 0);

        List<Set<String>> blanks = cells.blanks(List.of(only), only);

        assertThat(blanks.get(0)).contains("completers", "local_completers", "positive_outcomes", "completion_rate");
        assertThat(blanks.get(1)).contains("completers", "local_completers", "positive_outcomes");
    }

    @Test
    void zerosArePublishedAndBlankNothing() {
        SmallCells.Line training = line(609, 180, 0, 0, 0, 0, 0);
        SmallCells.Line done = line(1160, 200, 155, 73, 130, 110, 20);

        List<Set<String>> blanks = cells.blanks(List.of(done, training), line(1769, 380, 155, 73, 130, 110, 20));

        assertThat(blanks).allSatisfy(line -> assertThat(line).isEmpty());
    }

    @Test
    void aSmallNumberInGraduateSchoolBlanksTheEmploymentRateOfTwoCohorts() {
        SmallCells.Line few = line(100, 50, 40, 20, 30, 27, 3); // G = 3: E / (C - G) with P = E + G gives it away
        SmallCells.Line many = line(100, 50, 40, 20, 30, 20, 10);
        SmallCells.Line more = line(100, 50, 40, 20, 35, 25, 10);

        List<Set<String>> blanks = cells.blanks(List.of(few, many, more), line(300, 150, 120, 60, 95, 72, 23));

        assertThat(blanks.get(0)).containsExactly("employment_rate");
        assertThat(blanks.get(1)).containsExactly("employment_rate"); // the smaller E of the other two
        assertThat(blanks.get(2)).isEmpty();
        assertThat(blanks.get(3)).isEmpty();
    }

    private static SmallCells.Line line(long applicants, long admitted, long completers, long local, long positive,
            long employed, long gradSchool) {
        return new SmallCells.Line(Map.of("applicants", applicants, "admitted", admitted, "completers", completers,
                "local_completers", local, "positive_outcomes", positive), employed, gradSchool);
    }
}
