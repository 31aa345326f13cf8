package kr.aiacademy.etl.warehouse.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SQL text the way DuckDB's parser does for the parts that matter to splitting it: single-quoted strings
 * ({@code E'…'} with backslash escapes), double-quoted identifiers, {@code $tag$} strings, {@code --} and
 * (nested) {@code /* *}{@code /} comments. A semicolon outside them ends a statement.
 */
public final class SqlText {

    private SqlText() {
    }

    /** The statements of a text, in order, without their ending semicolons; empty statements are left out. */
    public static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == ';') {
                add(statements, sql.substring(start, i));
                start = ++i;
            } else {
                i = skip(sql, i);
            }
        }
        add(statements, sql.substring(start));
        return statements;
    }

    /**
     * Whether a text typed at a prompt is ready to run: it ends (after whitespace and comments) with a semicolon
     * that is outside any string, identifier or comment.
     */
    public static boolean endsStatement(String sql) {
        boolean ended = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == ';') {
                ended = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int next = skip(sql, i);
                if (next > sql.length()) {
                    return false; // an open string or block comment
                }
                boolean comment = sql.startsWith("--", i) || sql.startsWith("/*", i);
                ended = ended && comment;
                i = next;
            }
        }
        return ended;
    }

    /** The first keyword of a statement, lower case, after leading comments and parentheses; "" if none. */
    public static String firstKeyword(String statement) {
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (statement.startsWith("--", i) || statement.startsWith("/*", i)) {
                i = Math.min(skip(statement, i), statement.length());
            } else {
                int end = i;
                while (end < statement.length() && (Character.isLetter(statement.charAt(end))
                        || statement.charAt(end) == '_')) {
                    end++;
                }
                return statement.substring(i, end).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * The index just past the token starting at {@code i}: a whole string, quoted identifier or comment, else one
     * character. Past the end of the text (length + 1) when a string or block comment is not closed.
     */
    private static int skip(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(sql, i, c == '\'' && escapeString(sql, i));
        }
        if (sql.startsWith("--", i)) {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", i)) {
            return blockComment(sql, i);
        }
        if (c == '$' && (i == 0 || !identifierPart(sql.charAt(i - 1)))) {
            return dollarQuoted(sql, i);
        }
        return i + 1;
    }

    /** A string or quoted identifier: a doubled quote stands for one; in an {@code E'…'} string {@code \} escapes. */
    private static int quoted(String sql, int i, boolean backslashEscapes) {
        char quote = sql.charAt(i);
        int end = i + 1;
        while (end < sql.length()) {
            char c = sql.charAt(end);
            if (backslashEscapes && c == '\\') {
                end += 2;
            } else if (c == quote && end + 1 < sql.length() && sql.charAt(end + 1) == quote) {
                end += 2;
            } else if (c == quote) {
                return end + 1;
            } else {
                end++;
            }
        }
        return sql.length() + 1;
    }

    /** Whether the quote at {@code i} opens an escape string: {@code E'…'}, the E starting a token. */
    private static boolean escapeString(String sql, int i) {
        return i > 0 && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')
                && (i == 1 || !identifierPart(sql.charAt(i - 2)));
    }

    /** Block comments nest, as in DuckDB's (PostgreSQL's) scanner. */
    private static int blockComment(String sql, int i) {
        int depth = 0;
        int end = i;
        while (end < sql.length()) {
            if (sql.startsWith("/*", end)) {
                depth++;
                end += 2;
            } else if (sql.startsWith("*/", end)) {
                end += 2;
                if (--depth == 0) {
                    return end;
                }
            } else {
                end++;
            }
        }
        return sql.length() + 1;
    }

    /**
     * A {@code $tag$ … $tag$} string (the tag may be empty, and does not start with a digit: {@code $1} is a
     * parameter); a {@code $} that starts no such string is one character.
     */
    private static int dollarQuoted(String sql, int i) {
        int tagEnd = i + 1;
        while (tagEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
            tagEnd++;
        }
        if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$'
                && (tagEnd == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            String tag = sql.substring(i, tagEnd + 1);
            int end = sql.indexOf(tag, tagEnd + 1);
            return end < 0 ? sql.length() + 1 : end + tag.length();
        }
        return i + 1;
    }

    /** A character that continues an identifier or keyword ({@code $} included, as in {@code a$b}). */
    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static void add(List<String> statements, String statement) {
        if (!onlyComments(statement)) {
            statements.add(statement.strip());
        }
    }

    private static boolean onlyComments(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("--", i) || text.startsWith("/*", i)) {
                i = Math.min(skip(text, i), text.length());
            } else {
                return false;
            }
        }
        return true;
    }
}
