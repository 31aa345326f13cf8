package kr.aiacademy.etl.jobs.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.jobs.nightly.RunReport;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import org.springframework.stereotype.Component;

/**
 * Counters of what the loads of this process did, per feed: {@code etl_rows_loaded_total},
 * {@code etl_rows_rejected_total} and {@code etl_drops_total{status}} (LOADED, DUPLICATE, REJECTED, ...). Spring
 * Batch adds its own job and step timers ({@code spring_batch_job_seconds}, {@code spring_batch_step_seconds}).
 */
@Component
public class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry, FeedRegistry feeds) {
        this.registry = registry;
        for (FeedSpec<?> feed : feeds.all()) { // every feed from the start: a scrape sees 0, not nothing
            rows("loaded", feed.name());
            rows("rejected", feed.name());
        }
    }

    /** Counts the drops of a finished run and their rows. */
    public void record(RunReport report) {
        for (LedgerEntry drop : report.drops()) {
            Counter.builder("etl.drops").description("Drops handled by the loads, by outcome")
                    .tag("feed", drop.feed()).tag("status", drop.status().name()).register(registry).increment();
            rows("loaded", drop.feed()).increment(drop.rowsLoaded() == null ? 0 : drop.rowsLoaded());
            rows("rejected", drop.feed()).increment(drop.rowsRejected() == null ? 0 : drop.rowsRejected());
        }
    }

    private Counter rows(String outcome, String feed) {
        return Counter.builder("etl.rows." + outcome).description("Rows " + outcome + " by the loads")
                .tag("feed", feed).register(registry);
    }
}
