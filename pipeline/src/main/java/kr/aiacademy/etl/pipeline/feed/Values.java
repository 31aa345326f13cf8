package kr.aiacademy.etl.pipeline.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kr.aiacademy.etl.pipeline.normalize.Amounts;
import kr.aiacademy.etl.pipeline.normalize.Dates;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;
import kr.aiacademy.etl.pipeline.normalize.Labels;
import kr.aiacademy.etl.pipeline.normalize.Region;
import kr.aiacademy.etl.pipeline.normalize.Regions;
import kr.aiacademy.etl.pipeline.privacy.Echo;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Typed access to a record's values, turning bad values into rule violations with stable codes. */
public final class Values {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final SourceRecord record;
    private final LocalDate latestEvent;

    /** Values of a record with no check of event dates. */
    public Values(SourceRecord record) {
        this(record, null);
    }

    /** Values of a record whose event dates may not be later than {@code latestEvent} (the load's day plus one). */
    public Values(SourceRecord record, LocalDate latestEvent) {
        this.record = record;
        this.latestEvent = latestEvent;
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

    /** A required date of an event: a date later than the load's day plus one is {@code future_date}. */
    public LocalDate requiredEventDate(String column) throws RuleViolation {
        return notInTheFuture(column, requiredDate(column));
    }

    /** An optional date of an event, or null; the rules of {@link #requiredEventDate}. */
    public LocalDate optionalEventDate(String column) throws RuleViolation {
        LocalDate date = optionalDate(column);
        return date == null ? null : notInTheFuture(column, date);
    }

    /** A required timestamp of an event: on a day later than the load's day plus one is {@code future_date}. */
    public LocalDateTime requiredEventTimestamp(String column) throws RuleViolation {
        LocalDateTime timestamp = requiredTimestamp(column);
        notInTheFuture(column, timestamp.toLocalDate());
        return timestamp;
    }

    private LocalDate notInTheFuture(String column, LocalDate day) throws RuleViolation {
        if (latestEvent != null && day.isAfter(latestEvent)) {
            throw new RuleViolation("future_date", column + " " + day + " is later than the load's day plus one ("
                    + latestEvent + ")");
        }
        return day;
    }

    public LocalDateTime requiredTimestamp(String column) throws RuleViolation {
        String value = required(column);
        try {
            return Dates.parseTimestamp(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_timestamp", column + ": " + e.message(Echo::quoted));
        }
    }

    /**
     * A required amount in whole won ({@link Amounts#parseWon}: separators, {@code ₩}, {@code 원}); not an amount
     * is {@code invalid_amount}, below zero {@code negative_amount}.
     */
    public long requiredAmount(String column) throws RuleViolation {
        return amount(column, required(column));
    }

    /** An optional amount in whole won, or null; the rules of {@link #requiredAmount}. */
    public Long optionalAmount(String column) throws RuleViolation {
        String value = record.get(column);
        return value == null ? null : amount(column, value);
    }

    /**
     * A required enumeration: a constant name in any case, spaces and hyphens read as underscores
     * ({@code data scientist}, {@code open-recruitment}), or one of the labels exactly (labels may be null);
     * otherwise the given rule.
     */
    public <E extends Enum<E>> E requiredEnum(String column, Class<E> type, Map<String, E> labels, String rule)
            throws RuleViolation {
        return label(column, required(column), type, labels, rule);
    }

    /** An optional enumeration, or null; the rules of {@link #requiredEnum}. */
    public <E extends Enum<E>> E optionalEnum(String column, Class<E> type, Map<String, E> labels, String rule)
            throws RuleViolation {
        String value = record.get(column);
        return value == null ? null : label(column, value, type, labels, rule);
    }

    /**
     * An optional province or metropolitan city in any spelling {@link Regions} knows, or null; an unknown
     * spelling is {@code unknown_region}.
     */
    public Region optionalRegion(String column) throws RuleViolation {
        String value = record.get(column);
        if (value == null) {
            return null;
        }
        return Regions.resolve(value).orElseThrow(() -> new RuleViolation("unknown_region",
                column + " " + Echo.quoted(value) + " is not a known province or metropolitan city"));
    }

    /**
     * A required, non-empty JSON array of non-blank texts (as a JSON source gives an array value), each
     * stripped; anything else is the given rule.
     */
    public List<String> requiredTextList(String column, String rule) throws RuleViolation {
        String value = required(column);
        List<String> texts = new ArrayList<>();
        try (JsonParser p = JsonMapper.shared().createParser(value)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new RuleViolation(rule, column + " is not an array of texts");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING || p.getString().isBlank()) {
                    throw new RuleViolation(rule, column + " item " + (texts.size() + 1) + " is not a non-blank text");
                }
                texts.add(p.getString().strip());
            }
            if (p.nextToken() != null) {
                throw new RuleViolation(rule, column + " is not an array of texts");
            }
        } catch (JacksonException e) {
            throw new RuleViolation(rule, column + " is not an array of texts");
        }
        if (texts.isEmpty()) {
            throw new RuleViolation(rule, column + " is an empty array");
        }
        return List.copyOf(texts);
    }

    private static long amount(String column, String value) throws RuleViolation {
        long amount;
        try {
            amount = Amounts.parseWon(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_amount", column + ": " + e.message(Echo::quoted));
        }
        if (amount < 0) {
            throw new RuleViolation("negative_amount", column + " " + amount + " is below zero");
        }
        return amount;
    }

    private static <E extends Enum<E>> E label(String column, String value, Class<E> type, Map<String, E> labels,
            String rule) throws RuleViolation {
        Optional<E> constant = Labels.lookup(type, value, labels)
                .or(() -> Labels.lookup(type, SEPARATORS.matcher(value.strip()).replaceAll("_"), null));
        String others = labels == null || labels.isEmpty() ? "" : " or " + new TreeSet<>(labels.keySet());
        return constant.orElseThrow(() -> new RuleViolation(rule,
                column + " " + Echo.quoted(value) + " is not one of " + EnumSet.allOf(type) + others));
    }

    private static LocalDate date(String column, String value) throws RuleViolation {
        try {
            return Dates.parseDate(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_date", column + ": " + e.message(Echo::quoted));
        }
    }

    private static int parseInt(String column, String value, int min, String rule) throws RuleViolation {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation(rule, column + " " + Echo.quoted(value) + " is not a whole number");
        }
        if (parsed < min) {
            throw new RuleViolation(rule, column + " " + parsed + " is below " + min);
        }
        return parsed;
    }
}
