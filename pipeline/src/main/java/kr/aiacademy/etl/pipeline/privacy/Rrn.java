package kr.aiacademy.etl.pipeline.privacy;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;

/**
 * A resident registration number (주민등록번호) of a Korean national born 1900-2099 (7th digit 1-4).
 * {@link #toString()} shows only the masked form; error messages never contain the last six digits.
 */
public final class Rrn {

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Rrn(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** Parses {@code YYMMDD-NNNNNNN} or 13 digits (surrounding whitespace ignored). No checksum check. */
    public static Rrn parse(String raw) {
        String digits = raw == null ? null : canonical(raw.trim());
        if (digits == null) {
            throw new InvalidValueException("rrn must be 13 digits (YYMMDD-NNNNNNN)");
        }
        char code = digits.charAt(6);
        if (code < '1' || code > '4') {
            throw new InvalidValueException("rrn 7th digit must be 1-4, was " + code);
        }
        int year = (code <= '2' ? 1900 : 2000) + twoDigits(digits, 0);
        int month = twoDigits(digits, 2);
        int day = twoDigits(digits, 4);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            throw new InvalidValueException("rrn birth date " + digits.substring(0, 6) + " is not a real date");
        }
        Sex sex = (code - '0') % 2 == 1 ? Sex.M : Sex.F;
        return new Rrn(digits, LocalDate.of(year, month, day), sex);
    }

    /** The 13 digits without hyphen, or null if the value has another shape. */
    private static String canonical(String v) {
        if (v.length() == 13) {
            return allDigits(v, 0, 13) ? v : null;
        }
        if (v.length() == 14 && v.charAt(6) == '-' && allDigits(v, 0, 6) && allDigits(v, 7, 14)) {
            return v.substring(0, 6).concat(v.substring(7));
        }
        return null;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    /** The 13 digits, without hyphen. Personal data: never log it. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public int birthYear() {
        return birthDate.getYear();
    }

    public Sex sex() {
        return sex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rrn other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The masked form, e.g. {@code 900101-1******}. */
    @Override
    public String toString() {
        return Masking.rrn(digits);
    }
}
