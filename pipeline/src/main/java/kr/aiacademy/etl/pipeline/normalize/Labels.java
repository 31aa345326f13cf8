package kr.aiacademy.etl.pipeline.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps source labels (enum constant names or Korean labels) to enum constants. */
public final class Labels {

    /** Per enum type, computed once and thread-safely by {@link ClassValue}. */
    private static final ClassValue<Names> NAMES = new ClassValue<>() {
        @Override
        protected Names computeValue(Class<?> type) {
            return Names.of(type);
        }
    };

    private Labels() {
    }

    /**
     * The constant whose name equals the trimmed value ignoring case, else the constant the value is
     * mapped to exactly in {@code labels}, else empty.
     */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String value, Map<String, E> labels) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Enum<?> byName = NAMES.get(type).find(v);
        if (byName != null) {
            return Optional.of(type.cast(byName));
        }
        return labels == null ? Optional.empty() : Optional.ofNullable(labels.get(v));
    }

    /** Constant names exactly and upper-cased (an exact match wins over a case-folded one). */
    private record Names(Map<String, Enum<?>> exact, Map<String, Enum<?>> folded) {

        static Names of(Class<?> type) {
            Map<String, Enum<?>> exact = new HashMap<>();
            Map<String, Enum<?>> folded = new HashMap<>();
            Object[] constants = type.getEnumConstants();
            if (constants == null) {
                throw new IllegalArgumentException(type.getName() + " is not an enum");
            }
            for (Object constant : constants) {
                Enum<?> e = (Enum<?>) constant;
                exact.put(e.name(), e);
                folded.putIfAbsent(e.name().toUpperCase(Locale.ROOT), e);
            }
            return new Names(Map.copyOf(exact), Map.copyOf(folded));
        }

        Enum<?> find(String value) {
            Enum<?> e = exact.get(value);
            return e != null ? e : folded.get(value.toUpperCase(Locale.ROOT));
        }
    }
}
