package kr.aiacademy.etl.jobs;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the {@code etl.*} settings, read off {@link EtlProperties}: so that a misspelled setting is a usage
 * error rather than silently ignored. Names compare the way Spring's relaxed binding reads them
 * ({@code max-ratio}, {@code maxRatio} and {@code max_ratio} are one name).
 */
public final class SettingNames {

    private static final Set<String> ALL = new TreeSet<>();
    private static final Set<String> KNOWN = new TreeSet<>();

    static {
        collect(ALL, "etl", EtlProperties.class);
        ALL.forEach(name -> KNOWN.add(canonical(name)));
    }

    private SettingNames() {
    }

    /** Whether {@code etl.<name>} is a setting (the name given in any of its relaxed spellings). */
    public static boolean isKnown(String name) {
        return KNOWN.contains(canonical(name));
    }

    /** Every setting, in kebab case. */
    public static Set<String> all() {
        return Collections.unmodifiableSet(ALL);
    }

    private static void collect(Set<String> names, String prefix, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                collect(names, name, component.getType());
            } else {
                names.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
