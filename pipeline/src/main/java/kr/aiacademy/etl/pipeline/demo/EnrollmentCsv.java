package kr.aiacademy.etl.pipeline.demo;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes enrollment rows as RFC 4180 CSV with a header row, in a given {@link CsvLayout}, row by row. */
final class EnrollmentCsv implements Closeable {

    private final CSVPrinter printer;
    private final CsvLayout layout;
    private final String[] values;
    private long rows;

    EnrollmentCsv(Writer out, CsvLayout layout) throws IOException {
        if (layout.bom()) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator(layout.recordSeparator())
                .setHeader(layout.columns().toArray(String[]::new))
                .get();
        this.printer = format.print(out);
        this.layout = layout;
        this.values = new String[layout.columns().size()];
    }

    /** The whole CSV file for {@code rows}, UTF-8. */
    static byte[] toBytes(List<EnrollmentRow> rows, CsvLayout layout) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EnrollmentCsv csv = new EnrollmentCsv(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), layout)) {
            for (EnrollmentRow row : rows) {
                csv.write(row);
            }
        }
        return bytes.toByteArray();
    }

    void write(EnrollmentRow row) throws IOException {
        rows++;
        boolean alt = layout.altEvery() > 0 && rows % layout.altEvery() == 0;
        DateTimeFormatter dates = alt ? layout.altDates() : layout.dates();
        List<String> columns = layout.columns();
        for (int i = 0; i < values.length; i++) {
            values[i] = value(row, columns.get(i), dates);
        }
        printer.printRecord((Object[]) values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    private static String value(EnrollmentRow row, String column, DateTimeFormatter dates) {
        switch (column) {
            case "applicant_id": return row.applicantId();
            case "cohort": return Integer.toString(row.cohort().number());
            case "course_start": return date(row.cohort().start(), dates);
            case "course_end": return date(row.cohort().end(), dates);
            case "planned_hours": return Integer.toString(row.cohort().plannedHours());
            case "name": return row.person().name();
            case "rrn": return row.person().rrn();
            case "email": return row.person().email();
            case "phone": return row.person().phone();
            case "home_region": return row.homeRegion();
            case "status": return row.status();
            case "applied_on": return date(row.appliedOn(), dates);
            case "status_on": return date(row.statusOn(), dates);
            case "hours_attended": return row.hoursAttended() == null ? "" : row.hoursAttended().toString();
            case "dormitory": return row.dormitory() == null ? "" : row.dormitory();
            case "updated_at": return timestamp(row.updatedAt());
            case "note": return row.note() == null ? "" : row.note();
            default: throw new IllegalArgumentException("unknown column " + column);
        }
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return format == null ? date.toString() : format.format(date);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, without a formatter (this runs ten million times in a benchmark). */
    static String timestamp(LocalDateTime t) {
        return t.toLocalDate() + " " + PersonFactory.pad(t.getHour(), 2) + ":" + PersonFactory.pad(t.getMinute(), 2)
                + ":" + PersonFactory.pad(t.getSecond(), 2);
    }
}
