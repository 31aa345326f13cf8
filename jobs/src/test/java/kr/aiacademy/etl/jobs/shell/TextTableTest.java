package kr.aiacademy.etl.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsHangulByTheColumnsItTakesOnATerminal() {
        String table = print(List.of("code", "name"), List.of(new String[] {"29", "광주광역시"},
                new String[] {"11", "Seoul"}), new boolean[] {true, false}, 0);

        assertThat(table).isEqualTo("""
                code | name
                -----+-----------
                  29 | 광주광역시
                  11 | Seoul
                (2 rows)
                """);
    }

    @Test
    void cutsLongValuesToFitTheTerminalKeepingTheColumnNames() {
        String table = print(List.of("id", "comment"), List.<String[]>of(new String[] {"1", "x".repeat(100)}),
                new boolean[] {true, false}, 30);

        assertThat(table.lines()).allSatisfy(line -> assertThat(TextTable.width(line)).isLessThanOrEqualTo(30));
        assertThat(table).contains("id | comment").contains("xxxxxxxx…");
    }

    @Test
    void hidesMiddleColumnsWhenEvenNarrowedTheyDoNotFit() {
        List<String> header = List.of("first_column", "second_column", "third_column", "fourth_column",
                "fifth_column");
        String table = print(header, List.<String[]>of(new String[] {"1", "2", "3", "4", "5"}),
                new boolean[5], 50);

        assertThat(table.lines()).allSatisfy(line -> assertThat(TextTable.width(line)).isLessThanOrEqualTo(50));
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("first_column").endsWith("fifth_column")
                .contains(" … ");
        assertThat(table).contains("5 columns (3 shown");
    }

    @Test
    void keepsEveryValueOnItsLine() {
        String table = print(List.of("text"), List.<String[]>of(new String[] {"two\nlines\tand a tab"}),
                new boolean[1], 0);

        assertThat(table).contains("two\\nlines\\tand a tab").hasLineCount(4);
    }

    @Test
    void saysHowManyRowsThereAreWhenOnlySomeAreShown() {
        assertThat(TextTable.rowCount(199_819, 40)).isEqualTo("199,819 rows (40 shown)");
        assertThat(TextTable.rowCount(1, 1)).isEqualTo("(1 row)");
    }

    private static String print(List<String> header, List<String[]> rows, boolean[] right, int width) {
        StringWriter text = new StringWriter();
        new TextTable(header, rows, right).print(width, TextTable.rowCount(rows.size(), rows.size()),
                new PrintWriter(text, true));
        return text.toString();
    }
}
