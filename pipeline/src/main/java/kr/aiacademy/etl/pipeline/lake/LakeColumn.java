package kr.aiacademy.etl.pipeline.lake;

import java.util.function.Function;

/**
 * One column of a lake file: its name, Parquet type and how to take its value from a row. A null value
 * is written as a Parquet null.
 *
 * @param dictionary whether dictionary encoding pays off (low-cardinality columns only)
 */
public record LakeColumn<T>(String name, LakeType type, boolean dictionary, Function<T, ?> value) {

    public static <T> LakeColumn<T> of(String name, LakeType type, Function<T, ?> value) {
        return new LakeColumn<>(name, type, true, value);
    }

    /** A high-cardinality column (ids, pseudonyms, timestamps): plain encoding. */
    public static <T> LakeColumn<T> unique(String name, LakeType type, Function<T, ?> value) {
        return new LakeColumn<>(name, type, false, value);
    }
}
