package kr.aiacademy.etl.pipeline.privacy;

/**
 * Masked display forms of personal values. Null stays null and blank stays as is; a value that does not
 * have the expected shape is replaced by one {@code *} per character, never echoed.
 */
public final class Masking {

    private static final String RRN_TAIL = "******";
    private static final String EMAIL_LOCAL_MASK = "***";
    private static final int PHONE_MIN_DIGITS = 8;
    private static final int PHONE_HEAD = 3;
    private static final int PHONE_TAIL = 4;

    private Masking() {
    }

    /** {@code 김철수} → {@code 김**}: the first code point, then one {@code *} per remaining code point. */
    public static String name(String s) {
        if (s == null || s.isBlank()) {
            return s;
        }
        int first = Character.charCount(s.codePointAt(0));
        return s.substring(0, first) + "*".repeat(s.codePointCount(first, s.length()));
    }

    /**
     * {@code 900101-1234567} or {@code 9001011234567} → {@code 900101-1******}: six digits, an optional
     * hyphen, then 1-7 digits; anything else is fully masked.
     */
    public static String rrn(String s) {
        if (s == null || s.isBlank()) {
            return s;
        }
        String v = s.trim();
        int n = v.length();
        if (n >= 7 && allDigits(v, 0, 6)) {
            int rest = v.charAt(6) == '-' ? 7 : 6;
            int tail = n - rest;
            if (tail >= 1 && tail <= 7 && allDigits(v, rest, n)) {
                return v.substring(0, 6) + '-' + v.charAt(rest) + RRN_TAIL;
            }
        }
        return stars(s);
    }

    /** {@code kim.cs@example.com} → {@code k***@example.com}; without {@code @} fully masked. */
    public static String email(String s) {
        if (s == null || s.isBlank()) {
            return s;
        }
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return stars(s);
        }
        String first = at == 0 ? "" : s.substring(0, Character.charCount(s.codePointAt(0)));
        return first + EMAIL_LOCAL_MASK + s.substring(at);
    }

    /**
     * {@code 010-1234-5678} → {@code 010-****-5678}: with at least 8 digits the first 3 and last 4 digits
     * and the separators stay, other digits and any letters become {@code *}; shorter values are fully
     * masked.
     */
    public static String phone(String s) {
        if (s == null || s.isBlank()) {
            return s;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                digits++;
            }
        }
        if (digits < PHONE_MIN_DIGITS) {
            return stars(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int seen = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isDigit(cp)) {
                sb.append(seen < PHONE_HEAD || seen >= digits - PHONE_TAIL ? (char) cp : '*');
                seen++;
            } else if (Character.isLetterOrDigit(cp)) {
                sb.append('*');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** One {@code *} per code point. */
    static String stars(String s) {
        return "*".repeat(s.codePointCount(0, s.length()));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
