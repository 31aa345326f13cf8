package kr.aiacademy.etl.jobs.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the metadata database at each scrape: {@code etl_feed_freshness_age_seconds{feed}} (since the
 * newest loaded drop of the feed arrived; none while it has no drop) and {@code etl_last_success_time_seconds}
 * (epoch seconds at which the nightly load last completed; none before it has).
 */
@Component
class FeedGauges implements MeterBinder {

    private final FreshnessProbe probe;
    private final FeedRegistry feeds;

    FeedGauges(FreshnessProbe probe, FeedRegistry feeds) {
        this.probe = probe;
        this.feeds = feeds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (FeedSpec<?> feed : feeds.all()) {
            Gauge.builder("etl.feed.freshness.age", probe, p -> ageSeconds(p.read().of(feed.name())))
                    .description("Seconds since the newest loaded drop of the feed arrived")
                    .baseUnit("seconds").tag("feed", feed.name()).register(registry);
        }
        Gauge.builder("etl.last.success.time", probe, p -> epochSeconds(p.read().lastSuccess()))
                .description("When the nightly load last completed, in seconds since the epoch")
                .baseUnit("seconds").register(registry);
    }

    private static double ageSeconds(Freshness freshness) {
        return freshness.age() == null ? Double.NaN : freshness.age().toMillis() / 1000.0;
    }

    private static double epochSeconds(Instant instant) {
        return instant == null ? Double.NaN : instant.toEpochMilli() / 1000.0;
    }
}
