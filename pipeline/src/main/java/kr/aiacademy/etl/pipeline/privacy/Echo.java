package kr.aiacademy.etl.pipeline.privacy;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a source value may be echoed in a reject, a drop's reason or a note: personal data masked wherever
 * it stands (a value shaped like a resident registration number, a Korean phone number or an e-mail address,
 * whatever column it came in), and each value cut to at most {@value #MAX_ECHO} characters.
 */
public final class Echo {

    /** The most characters of one value that are ever echoed. */
    public static final int MAX_ECHO = 200;

    private static final String CUT = "…";

    /** Bounded parts that start where a run of address characters starts: linear in the text's length. */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@"
            + "[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}(?![\\p{L}\\p{N}-])");
    /** 13 digits, an optional hyphen or space after the sixth; not inside a longer run of digits. */
    private static final Pattern RRN = Pattern.compile("(?<!\\d)\\d{6}[- ]?\\d{7}(?!\\d)");
    /**
     * A Korean phone number: mobile ({@code 010}, {@code 011}, {@code 016}-{@code 019}), Seoul {@code 02}, the
     * other area codes, {@code 070} and {@code 050x}; with or without {@code +82} and separators.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{Alnum}+])(?:\\+82[- .]?\\(?0?|0)"
            + "(?:1[016789]|2|[3-6][1-5]|70|50\\d)\\)?[- .]?\\d{3,4}[- .]?\\d{4}(?!\\d)");

    private Echo() {
    }

    /** A value as it may be shown, in quotes: {@code '010-****-5678'}. */
    public static String quoted(String value) {
        return "'" + value(value) + "'";
    }

    /** A value as it may be shown: personal shapes masked, then cut to {@value #MAX_ECHO} characters. */
    public static String value(String value) {
        return value == null ? null : cut(text(value));
    }

    /** A whole text with every personal shape in it masked (nothing is cut). */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text.indexOf('@') < 0 ? text : replace(EMAIL, text, Masking::email);
        masked = replace(RRN, masked, Masking::rrn);
        return replace(PHONE, masked, Masking::phone);
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> masking) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(masking.apply(m.group())));
        } while (m.find());
        return m.appendTail(out).toString();
    }

    private static String cut(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_ECHO) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_ECHO - CUT.length())) + CUT;
    }
}
