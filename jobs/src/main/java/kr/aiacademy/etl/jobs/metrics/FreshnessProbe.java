package kr.aiacademy.etl.jobs.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.jobs.nightly.NightlyLoad;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The freshness of the feeds and the last success of the load, as {@code ./etl status} computes them, read at most
 * once a second however many gauges and health checks ask (one scrape samples every gauge).
 */
@Component
class FreshnessProbe {

    private static final String LAST_SUCCESS = SqlScript.load("metrics/last-success.sql").text();
    private static final Duration REUSE = Duration.ofSeconds(1);

    private final EtlProperties properties;
    private final JdbcClient metadata;
    private final FeedRegistry feeds;
    private Reading reading;

    FreshnessProbe(EtlProperties properties, JdbcClient metadata, FeedRegistry feeds) {
        this.properties = properties;
        this.metadata = metadata;
        this.feeds = feeds;
    }

    /** What was read: the freshness of each feed and the end of the last completed load (null: none yet). */
    record Reading(List<Freshness> feeds, Instant lastSuccess, long readAt) {

        Freshness of(String feed) {
            return feeds.stream().filter(f -> f.feed().equals(feed)).findFirst().orElseThrow();
        }
    }

    synchronized Reading read() {
        if (reading == null || System.nanoTime() - reading.readAt() > REUSE.toNanos()) {
            List<Freshness> freshness = LoadStatus.feeds(properties, metadata, feeds,
                    LocalDateTime.now());
            LocalDateTime end = metadata.sql(LAST_SUCCESS).param("job_name", NightlyLoad.JOB_NAME)
                    .query(LocalDateTime.class).optional().orElse(null);
            reading = new Reading(freshness, end == null ? null : end.atZone(ZoneId.systemDefault()).toInstant(),
                    System.nanoTime());
        }
        return reading;
    }
}
