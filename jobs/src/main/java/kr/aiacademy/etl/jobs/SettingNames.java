package kr.aiacademy.etl.jobs;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;

/**
 * The names of the {@code etl.*} settings, read off {@link EtlProperties}: so that a misspelled setting is a usage
 * error rather than silently ignored. Names compare the way Spring's relaxed binding reads them
 * ({@code max-ratio}, {@code maxRatio} and {@code max_ratio} are one name). A map of settings is keyed by feed: one
 * name per registered feed ({@code etl.freshness.enrollment.warn-after}, …).
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
            } else if (component.getType() == Map.class) { // per feed: etl.freshness.<feed>.…
                Class<?> value = (Class<?>) ((ParameterizedType) component.getGenericType())
                        .getActualTypeArguments()[1];
                FeedRegistry.installed().names().forEach(feed -> collect(names, name + "." + feed, value));
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
