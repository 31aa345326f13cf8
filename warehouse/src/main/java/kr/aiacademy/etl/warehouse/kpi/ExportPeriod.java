package kr.aiacademy.etl.warehouse.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period an export stands for: the run's day (nightly load, {@code ./etl export}) or a calendar month (the
 * monthly extract: the month before its fire date). The figures are the warehouse's state as of its build; the
 * period says which report the folder is.
 */
public record ExportPeriod(String kind, LocalDate from, LocalDate to) {

    public static ExportPeriod day(LocalDate day) {
        return new ExportPeriod("day", day, day);
    }

    /** The calendar month before the given day (the 1 December fire reports November). */
    public static ExportPeriod monthBefore(LocalDate day) {
        YearMonth month = YearMonth.from(day).minusMonths(1);
        return new ExportPeriod("month", month.atDay(1), month.atEndOfMonth());
    }
}
