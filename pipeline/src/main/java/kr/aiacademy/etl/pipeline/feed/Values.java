package kr.aiacademy.etl.pipeline.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.aiacademy.etl.pipeline.normalize.Dates;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;

/** Typed access to a record's values, turning bad values into rule violations with stable codes. */
public final class Values {

    private final SourceRecord record;

    public Values(SourceRecord record) {
        this.record = record;
    }

    public String optional(String column) {
        return record.get(column);
    }

    public String required(String column) throws RuleViolation {
        String value = record.get(column);
        if (value == null) {
            throw new RuleViolation("missing_value", column + " is required but empty");
        }
        return value;
    }

    /** A required whole number of at least {@code min}; otherwise the given rule. */
    public int requiredInt(String column, int min, String rule) throws RuleViolation {
        return parseInt(column, required(column), min, rule);
    }

    /** An optional whole number of at least {@code min}, or null. */
    public Integer optionalInt(String column, int min, String rule) throws RuleViolation {
        String value = record.get(column);
        return value == null ? null : parseInt(column, value, min, rule);
    }

    public LocalDate requiredDate(String column) throws RuleViolation {
        return date(column, required(column));
    }

    public LocalDate optionalDate(String column) throws RuleViolation {
        String value = record.get(column);
        return value == null ? null : date(column, value);
    }

    public LocalDateTime requiredTimestamp(String column) throws RuleViolation {
        String value = required(column);
        try {
            return Dates.parseTimestamp(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_timestamp", column + ": " + e.getMessage());
        }
    }

    private static LocalDate date(String column, String value) throws RuleViolation {
        try {
            return Dates.parseDate(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_date", column + ": " + e.getMessage());
        }
    }

    private static int parseInt(String column, String value, int min, String rule) throws RuleViolation {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation(rule, column + " '" + value + "' is not a whole number");
        }
        if (parsed < min) {
            throw new RuleViolation(rule, column + " " + parsed + " is below " + min);
        }
        return parsed;
    }
}
