package kr.aiacademy.etl.warehouse.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;

/**
 * What the registered feeds ({@link FeedRegistry}) bring to the build, by convention: each feed's staging table
 * {@code stg_<feed>}, created by {@code sql/staging/stg_<feed>.sql} and filled from {@code lake/<feed>}, and the
 * models the feed names ({@link FeedSpec#models()}), run after the built-in models. The one place where the build
 * learns of feeds.
 */
final class FeedModels {

    private FeedModels() {
    }

    static List<String> feeds() {
        return FeedRegistry.installed().names();
    }

    static String stagingTable(String feed) {
        return "stg_" + feed;
    }

    /** The staging files of every feed. */
    static List<String> staging() {
        return feeds().stream().map(feed -> "staging/" + stagingTable(feed) + ".sql").toList();
    }

    /** The feeds' own models, feed by feed. */
    static List<String> models() {
        return FeedRegistry.installed().all().stream().flatMap(feed -> feed.models().stream()).toList();
    }

    /** Each staging table and the lake folder it is loaded from. */
    static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        feeds().forEach(feed -> inputs.put(stagingTable(feed), "lake/" + feed));
        return inputs;
    }
}
