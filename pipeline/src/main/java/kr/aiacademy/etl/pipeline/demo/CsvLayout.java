package kr.aiacademy.etl.pipeline.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How a drop's CSV looks: column order, line end, byte order mark and date format. Dates use
 * {@code dates} ({@code null}: {@code yyyy-MM-dd}); every {@code altEvery}-th row uses {@code altDates}.
 */
record CsvLayout(List<String> columns, String recordSeparator, boolean bom, DateTimeFormatter dates,
        DateTimeFormatter altDates, int altEvery) {

    static final List<String> DEFAULT_COLUMNS = List.of("applicant_id", "cohort", "course_start", "course_end",
            "planned_hours", "name", "rrn", "email", "phone", "home_region", "status", "applied_on", "status_on",
            "hours_attended", "dormitory", "updated_at");

    /** The feed's usual form: default column order, LF, no BOM, ISO dates. */
    static final CsvLayout DEFAULT = new CsvLayout(DEFAULT_COLUMNS, "\n", false, null, null, 0);

    /**
     * The odd export of the admission drop: another column order with an unknown {@code note} column, CRLF,
     * a BOM, dates as {@code yyyy.MM.dd} and every fifth row as {@code yyyyMMdd}.
     */
    static final CsvLayout ADMISSION_EXPORT = new CsvLayout(List.of("applicant_id", "name", "rrn", "cohort",
            "status", "status_on", "applied_on", "course_start", "course_end", "planned_hours", "home_region",
            "phone", "email", "dormitory", "hours_attended", "note", "updated_at"), "\r\n", true,
            DateTimeFormatter.ofPattern("uuuu.MM.dd"), DateTimeFormatter.BASIC_ISO_DATE, 5);
}
