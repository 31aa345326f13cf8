package kr.aiacademy.etl.warehouse.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as the contract writes them: counts and won amounts with thousands separators (155, 28,000,000), ratios
 * with two decimals (5.80), rates as percentages with one decimal (83.9 %). A missing value is a dash.
 */
final class Figures {

    static final String NONE = "–";

    private Figures() {
    }

    static String count(Long value) {
        return value == null ? NONE : grouped("#,##0").format(value);
    }

    static String ratio(BigDecimal value) {
        return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate == null ? NONE
                : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A rate as a plain number of percent for a chart (83.87); empty when missing. */
    static String percentValue(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * A value in the unit {@code kpi_definitions} gives it: {@code fraction} as a percentage, {@code ratio} with two
     * decimals, {@code krw} and no unit (a count) as a whole number with separators.
     */
    static String of(String unit, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return switch (unit == null ? "count" : unit) {
            case "fraction" -> percent(value);
            case "ratio" -> ratio(value);
            default -> grouped("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
        };
    }

    static String plain(Long value) {
        return value == null ? "" : value.toString();
    }

    private static DecimalFormat grouped(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
