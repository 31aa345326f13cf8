package kr.aiacademy.etl.pipeline.normalize;

/** Hand-written parser for whole amounts in Korean won. */
public final class Amounts {

    private static final char WON_SIGN = '\u20A9';
    private static final char FULLWIDTH_WON_SIGN = '\uFFE6';
    private static final char WON = '\uC6D0';
    private static final long LIMIT = -Long.MAX_VALUE;

    private Amounts() {
    }

    /**
     * Parses a signed whole-won amount: optional sign, optional {@code ₩}, plain digits or digits with
     * correct thousands separators, optional {@code 원} or {@code KRW} suffix, surrounding whitespace.
     */
    public static long parseWon(String s) {
        if (s == null) {
            throw invalid("");
        }
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        int i = 0;
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        // suffix: "원" or "KRW", each optionally preceded by whitespace
        if (end > i && s.charAt(end - 1) == WON) {
            end = skipSpaceBackwards(s, i, end - 1);
        } else if (end - i >= 3 && s.regionMatches(true, end - 3, "KRW", 0, 3)) {
            end = skipSpaceBackwards(s, i, end - 3);
        }
        // prefix: sign and won sign, in either order
        boolean negative = false;
        boolean signSeen = false;
        boolean wonSeen = false;
        while (i < end) {
            char c = s.charAt(i);
            if (!signSeen && (c == '-' || c == '+')) {
                negative = c == '-';
                signSeen = true;
                i++;
            } else if (!wonSeen && (c == WON_SIGN || c == FULLWIDTH_WON_SIGN)) {
                wonSeen = true;
                i++;
                while (i < end && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                break;
            }
        }
        if (i == end) {
            throw invalid(s);
        }
        // digits, accumulated negatively so that Long.MIN_VALUE fits (same approach as Long.parseLong)
        long limit = negative ? Long.MIN_VALUE : LIMIT;
        long minMultiple = limit / 10;
        long result = 0;
        int groupDigits = 0;
        boolean grouped = false;
        for (int p = i; p < end; p++) {
            char c = s.charAt(p);
            if (c == ',') {
                // first group 1-3 digits, every later group exactly 3
                if (grouped ? groupDigits != 3 : (groupDigits == 0 || groupDigits > 3)) {
                    throw invalid(s);
                }
                grouped = true;
                groupDigits = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                throw invalid(s);
            }
            int digit = c - '0';
            if (result < minMultiple || result * 10 < limit + digit) {
                throw new InvalidValueException(s.trim(), "is out of range for an amount in won");
            }
            result = result * 10 - digit;
            groupDigits++;
        }
        if (grouped && groupDigits != 3) {
            throw invalid(s);
        }
        return negative ? result : -result;
    }

    private static int skipSpaceBackwards(String s, int start, int end) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static InvalidValueException invalid(String s) {
        return new InvalidValueException(s.trim(), "is not an amount in won");
    }
}
