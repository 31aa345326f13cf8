package kr.aiacademy.etl.jobs.history;

import java.io.PrintWriter;
import java.util.List;

/**
 * An aligned text table, the same as the command line's {@code cli.TextTable} (package-private there): Hangul
 * and other wide characters take two columns on a terminal.
 */
final class HistoryTable {

    private HistoryTable() {
    }

    static void print(List<String> header, List<String[]> rows, boolean[] rightAligned, PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        line(header.toArray(String[]::new), widths, new boolean[widths.length], out);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] row : rows) {
            line(row, widths, rightAligned, out);
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static void line(String[] cells, int[] widths, boolean[] right, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells[i];
            String pad = " ".repeat(widths[i] - width(cell));
            line.append(i == 0 ? "" : " | ").append(right[i] ? pad + cell : cell + pad);
        }
        out.println(line.toString().stripTrailing());
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
