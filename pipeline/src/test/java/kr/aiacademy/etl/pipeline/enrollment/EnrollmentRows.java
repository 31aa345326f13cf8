package kr.aiacademy.etl.pipeline.enrollment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;

/** Enrollment rows for tests: a valid row to change one value of, and the source record of a row. */
public final class EnrollmentRows {

    public static final String NAME = "김철수";
    public static final String RRN = "900101-1538264";
    public static final String EMAIL = "kim.cs@example.com";
    public static final String PHONE = "010-2345-6789";

    private EnrollmentRows() {
    }

    /** A valid row, column by column in the contract's order (a new, changeable map each time). */
    public static Map<String, String> valid() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("applicant_id", "A-0001");
        row.put("cohort", "3");
        row.put("course_start", "2021-03-02");
        row.put("course_end", "2021-08-31");
        row.put("planned_hours", "960");
        row.put("name", NAME);
        row.put("rrn", RRN);
        row.put("email", EMAIL);
        row.put("phone", PHONE);
        row.put("home_region", "광주");
        row.put("status", "입교");
        row.put("applied_on", "2021-01-15");
        row.put("status_on", "2021-03-02");
        row.put("hours_attended", "120");
        row.put("dormitory", "Y");
        row.put("updated_at", "2021-03-04T09:15:00");
        return row;
    }

    /** The row as line 2 of {@code enrollment_20210301.csv}. */
    public static SourceRecord record(Map<String, String> row) {
        return new SourceRecord("enrollment_20210301.csv", 2, new Header(new ArrayList<>(row.keySet())),
                row.values().toArray(String[]::new), null);
    }
}
