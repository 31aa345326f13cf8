package kr.aiacademy.etl.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import org.springframework.stereotype.Component;

/** The feeds the application loads, by name, in the order they are landed and ingested. */
@Component
public class Feeds {

    private final Map<String, FeedSpec<?>> byName = new LinkedHashMap<>();

    Feeds(List<FeedSpec<?>> feeds) {
        feeds.forEach(feed -> byName.put(feed.name(), feed));
    }

    public List<FeedSpec<?>> all() {
        return List.copyOf(byName.values());
    }

    @SuppressWarnings("unchecked")
    public <T> FeedSpec<T> get(String name) {
        FeedSpec<?> feed = byName.get(name);
        if (feed == null) {
            throw new IllegalArgumentException("no feed named " + name);
        }
        return (FeedSpec<T>) feed;
    }
}
