package kr.aiacademy.etl.pipeline.feed;

/** A feed's rules: turns a source record into a normalized, pseudonymized row, or says which rule it broke. */
@FunctionalInterface
public interface RecordRules<T> {

    T apply(SourceRecord record) throws RuleViolation;
}
