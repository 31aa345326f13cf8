package kr.aiacademy.etl.jobs.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * An aligned text table for a terminal: Hangul and other wide characters take two columns (JLine's
 * {@link WCWidth}), control characters are shown escaped, and a table wider than the terminal is fitted to it —
 * long values are cut with {@code …} down to their column name's width, then middle columns are hidden behind a
 * {@code …} column (the footer says how many are shown).
 */
public final class TextTable {

    private static final String SEPARATOR = " | ";
    private static final String ELLIPSIS = "…";
    private static final int NARROWEST = 6;

    private final List<String> header;
    private final List<String[]> rows;
    private final boolean[] rightAligned;

    public TextTable(List<String> header, List<String[]> rows, boolean[] rightAligned) {
        this.header = header;
        this.rows = rows;
        this.rightAligned = rightAligned;
    }

    /** The whole table, as wide as it needs, with a "(N rows)" footer. */
    public static void print(List<String> header, List<String[]> rows, boolean[] rightAligned, PrintWriter out) {
        new TextTable(header, rows, rightAligned).print(0, rowCount(rows.size(), rows.size()), out);
    }

    /** "(N rows)", or "N rows (M shown)" when only the first M of N are in the table. */
    public static String rowCount(long total, int shown) {
        String rowsText = String.format("%,d %s", total, total == 1 ? "row" : "rows");
        return shown < total ? rowsText + " (" + shown + " shown)" : "(" + rowsText + ")";
    }

    /** Prints the table within {@code maxWidth} terminal columns (0: no limit) and the footer below it. */
    public void print(int maxWidth, String footer, PrintWriter out) {
        int n = header.size();
        List<String[]> cells = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            String[] shown = new String[n];
            for (int i = 0; i < n; i++) {
                shown[i] = visible(row[i]);
            }
            cells.add(shown);
        }
        int[] widths = new int[n];
        int[] narrowest = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = width(header.get(i));
            narrowest[i] = Math.max(Math.min(widths[i], maxWidth > 0 ? maxWidth : Integer.MAX_VALUE), NARROWEST);
        }
        for (String[] row : cells) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (int i = 0; i < n; i++) {
            narrowest[i] = Math.min(narrowest[i], widths[i]);
        }
        List<Integer> columns = maxWidth > 0 ? fit(widths, narrowest, maxWidth) : all(n);
        line(header.toArray(String[]::new), columns, widths, false, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(columns.get(c) < 0 ? 1 : widths[columns.get(c)]));
        }
        out.println(rule);
        for (String[] row : cells) {
            line(row, columns, widths, true, out);
        }
        int hidden = n - (int) columns.stream().filter(c -> c >= 0).count();
        out.println(footer);
        if (hidden > 0) {
            out.println(n + " columns (" + (n - hidden) + " shown; .mode line shows all)");
        }
    }

    /** Narrows the widest columns, then hides middle ones (-1 marks the hidden ones' place). */
    private static List<Integer> fit(int[] widths, int[] narrowest, int maxWidth) {
        int n = widths.length;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.min(widths[i], maxWidth);
        }
        int excess = total(widths, all(n)) - maxWidth;
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (widths[i] > narrowest[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            excess--;
        }
        if (excess <= 0) {
            return all(n);
        }
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        int used = ELLIPSIS.length();
        for (int l = 0, r = n - 1; l <= r; ) {
            boolean fromLeft = left.size() <= right.size();
            int next = fromLeft ? l : r;
            int cost = widths[next] + SEPARATOR.length();
            if (used + cost > maxWidth) {
                break;
            }
            used += cost;
            if (fromLeft) {
                left.add(l++);
            } else {
                right.add(0, r--);
            }
        }
        List<Integer> columns = new ArrayList<>(left);
        columns.add(-1);
        columns.addAll(right);
        return columns;
    }

    private static int total(int[] widths, List<Integer> columns) {
        int total = SEPARATOR.length() * (columns.size() - 1);
        for (int c : columns) {
            total += c < 0 ? 1 : widths[c];
        }
        return total;
    }

    private static List<Integer> all(int n) {
        List<Integer> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            columns.add(i);
        }
        return columns;
    }

    private void line(String[] cells, List<Integer> columns, int[] widths, boolean body, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            int column = columns.get(c);
            line.append(c == 0 ? "" : SEPARATOR);
            if (column < 0) {
                line.append(ELLIPSIS);
                continue;
            }
            String cell = cut(cells[column], widths[column]);
            String pad = " ".repeat(widths[column] - width(cell));
            line.append(body && rightAligned[column] ? pad + cell : cell + pad);
        }
        out.println(line.toString().stripTrailing());
    }

    /** The text cut to a width, ending in "…" when something was left out. */
    static String cut(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(WCWidth.wcwidth(cp), 0);
            if (used + w > width - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut.append(ELLIPSIS).toString();
    }

    /** Terminal columns the text takes. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += Math.max(WCWidth.wcwidth(cp), 0);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Line breaks, tabs and other control characters as escapes, so that a value stays on its line. */
    private static String visible(String text) {
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (visible == null) {
                    visible = new StringBuilder(text.substring(0, i));
                }
                visible.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\x%02x", (int) c);
                });
            } else if (visible != null) {
                visible.append(c);
            }
        }
        return visible == null ? text : visible.toString();
    }
}
