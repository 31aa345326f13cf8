package kr.aiacademy.etl.pipeline.feed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.WeakHashMap;

/**
 * The feeds the pipeline knows, each registered once: a {@link FeedSpec} named in a
 * {@code META-INF/services/kr.aiacademy.etl.pipeline.feed.FeedSpec} file seen by the thread's context class loader,
 * as {@link ServiceLoader} finds them (the four feeds of the contract in this module's; a plugin or a test may add
 * one through a class loader of its own). Drop names, landing, the ingest steps, staging, the build and the
 * per-feed settings all derive from it. The contract's feeds come first, in the order of their registration; feeds
 * of other class path entries follow.
 */
public final class FeedRegistry {

    /** Per class loader: the registrations it sees do not change. */
    private static final Map<ClassLoader, FeedRegistry> LOADED = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, FeedSpec<?>> byName;

    /** A registry of the given feeds, in their order; two feeds of one name are refused. */
    public FeedRegistry(List<? extends FeedSpec<?>> feeds) {
        Map<String, FeedSpec<?>> map = new LinkedHashMap<>();
        for (FeedSpec<?> feed : feeds) {
            if (map.putIfAbsent(feed.name(), feed) != null) {
                throw new IllegalStateException("two feeds are registered as '" + feed.name() + "': "
                        + map.get(feed.name()).getClass().getName() + " and " + feed.getClass().getName());
            }
        }
        this.byName = map;
    }

    /** The feeds registered on the class path of this thread's context class loader. */
    public static FeedRegistry installed() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return LOADED.computeIfAbsent(context == null ? FeedRegistry.class.getClassLoader() : context,
                FeedRegistry::load);
    }

    private static FeedRegistry load(ClassLoader loader) {
        List<FeedSpec<?>> contract = new ArrayList<>();
        List<FeedSpec<?>> others = new ArrayList<>();
        for (FeedSpec<?> feed : ServiceLoader.load(FeedSpec.class, loader)) {
            (sameCodeSource(feed.getClass()) ? contract : others).add(feed);
        }
        contract.addAll(others);
        return new FeedRegistry(contract);
    }

    /** Whether a class comes from this library's jar (or classes folder). */
    private static boolean sameCodeSource(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.equals(FeedRegistry.class.getProtectionDomain().getCodeSource());
    }

    /** Every feed, in the order they are landed and ingested. */
    public List<FeedSpec<?>> all() {
        return List.copyOf(byName.values());
    }

    /** The feeds' names, in the same order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    @SuppressWarnings("unchecked")
    public <T> FeedSpec<T> get(String name) {
        FeedSpec<?> feed = byName.get(name);
        if (feed == null) {
            throw new IllegalArgumentException("no feed named '" + name + "' (the feeds: " + describe() + ")");
        }
        return (FeedSpec<T>) feed;
    }

    /** The names for a message: {@code enrollment, employment, awards or budget}. */
    public String describe() {
        List<String> names = names();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
