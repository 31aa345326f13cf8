package kr.aiacademy.etl.jobs;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.feed.Lateness;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

/**
 * Settings under {@code etl.*}.
 *
 * @param dataDir the data directory ({@code ETL_DATA_DIR}, default {@code ./data})
 * @param inbox   the inbox ({@code ETL_INBOX}); empty means the bundled demo inbox
 * @param freshness per feed ({@code etl.freshness.<feed>.*}), overriding the feed's own {@link FeedSpec#lateness()}
 * @param readOnly the metadata is only read: no schema is created (set by the read commands on a data directory
 *                 they cannot write)
 */
@ConfigurationProperties("etl")
public record EtlProperties(
        @DefaultValue("./data") Path dataDir,
        Path inbox,
        @DefaultValue Pii pii,
        @DefaultValue Storage storage,
        @DefaultValue Landing landing,
        @DefaultValue Unpack unpack,
        @DefaultValue Ingest ingest,
        @DefaultValue Sis sis,
        @DefaultValue Schedule schedule,
        Map<String, Threshold> freshness,
        @DefaultValue Duckdb duckdb,
        @DefaultValue Export export,
        @DefaultValue Management management,
        @DefaultValue Metrics metrics,
        @DefaultValue("false") boolean readOnly) {

    public EtlProperties {
        freshness = freshness == null ? Map.of() : Map.copyOf(freshness);
    }

    /**
     * @param key      the pseudonym key ({@code ETL_PII_KEY})
     * @param required refuse to start without a key (production profiles)
     */
    public record Pii(String key, @DefaultValue("false") boolean required) {
    }

    /**
     * The data directory's disk.
     *
     * @param reserve space that must stay free on its file system: the writers of landing copies, lake files and the
     *                warehouse build stop with a clear error first, so that the metadata and the log can still
     *                record the failure
     */
    public record Storage(@DefaultValue("256MB") DataSize reserve) {

        public Storage {
            require(!reserve.isNegative(), "etl.storage.reserve", reserve, "a size of 0 or more, e.g. 256MB");
        }
    }

    /**
     * Landing drops from the inbox.
     *
     * @param settleTime a file changed more recently than this is still being written: passed over this run
     *                   (tests may set 0; a file that changes while it is landed is passed over in any case)
     */
    public record Landing(@DefaultValue("30s") Duration settleTime) {

        public Landing {
            require(!settleTime.isNegative(), "etl.landing.settle-time", settleTime,
                    "a duration of 0 or more, e.g. 30s");
        }
    }

    /** Limits of archive expansion. */
    public record Unpack(@DefaultValue("2GB") DataSize maxExpanded, @DefaultValue("200") int maxRatio) {

        public Unpack {
            require(maxExpanded.toBytes() > 0, "etl.unpack.max-expanded", maxExpanded, "a size above 0, e.g. 2GB");
            require(maxRatio >= 1, "etl.unpack.max-ratio", maxRatio, "a whole number of at least 1");
        }
    }

    /**
     * The daemon's schedules (Quartz cron expressions).
     *
     * @param nightlyCron the nightly load, default 02:00 every day
     * @param kpiCron     the KPI extract, default 06:00 on the first day of each month
     * @param zone        the time zone of both
     */
    public record Schedule(@DefaultValue("0 0 2 * * ?") String nightlyCron, @DefaultValue("0 0 6 1 * ?") String kpiCron,
            @DefaultValue("Asia/Seoul") String zone) {

        public Schedule {
            require(CronExpression.isValidExpression(nightlyCron), "etl.schedule.nightly-cron", nightlyCron,
                    "a Quartz cron expression, seconds first, e.g. '0 0 2 * * ?'");
            require(CronExpression.isValidExpression(kpiCron), "etl.schedule.kpi-cron", kpiCron,
                    "a Quartz cron expression, seconds first, e.g. '0 0 6 1 * ?'");
            require(ZoneId.getAvailableZoneIds().contains(zone), "etl.schedule.zone", zone,
                    "a time zone such as Asia/Seoul");
        }
    }

    /**
     * The student information system's database, pulled incrementally; no URL means no pull.
     *
     * @param url   JDBC URL of the source database ({@code ETL_SIS_URL})
     * @param table the applications table (same columns as the enrollment feed)
     */
    public record Sis(String url, String username, String password, @DefaultValue("applications") String table) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param chunkSize records per chunk (one metadata transaction per chunk)
     * @param threads   drops ingested at the same time
     */
    public record Ingest(@DefaultValue("5000") int chunkSize, @DefaultValue("2") int threads) {

        public Ingest {
            require(chunkSize >= 1 && chunkSize <= 1_000_000, "etl.ingest.chunk-size", chunkSize,
                    "a whole number from 1 to 1000000");
            require(threads >= 1 && threads <= 64, "etl.ingest.threads", threads, "a whole number from 1 to 64");
        }
    }

    /**
     * When a feed is late: each of {@code etl.freshness.<feed>.warn-after} and {@code .error-after} that is set,
     * else the feed's own default (from the contract's cadence); null for a feed that is never late.
     */
    public Threshold freshness(FeedSpec<?> feed) {
        Threshold setting = freshness.getOrDefault(feed.name(), new Threshold(null, null));
        Lateness lateness = feed.lateness();
        Duration warnAfter = setting.warnAfter() != null ? setting.warnAfter() : lateness.warnAfter();
        Duration errorAfter = setting.errorAfter() != null ? setting.errorAfter() : lateness.errorAfter();
        return warnAfter == null && errorAfter == null ? null : new Threshold(warnAfter, errorAfter);
    }

    /**
     * Refuses, at start-up, a setting {@code etl.freshness.<name>.*} for a feed that is not registered, and a
     * setting that puts a feed's error threshold before its warning (its default counted).
     */
    public void checkFeeds(FeedRegistry feeds) {
        for (String name : freshness.keySet()) {
            if (!feeds.contains(name)) {
                throw new IllegalArgumentException("etl.freshness." + name + " is not allowed: " + name
                        + " is not a feed (the feeds: " + feeds.describe() + ")");
            }
        }
        feeds.all().forEach(this::freshness);
    }

    /**
     * @param warnAfter  a feed whose newest drop arrived longer ago than this is late (a warning)
     * @param errorAfter ... and past this, an error ({@code ./etl status} exits 1); either may be empty
     */
    public record Threshold(Duration warnAfter, Duration errorAfter) {

        public Threshold {
            require(warnAfter == null || !warnAfter.isNegative(), "etl.freshness.*.warn-after", warnAfter,
                    "a duration such as 36h or 35d");
            require(errorAfter == null || warnAfter == null || errorAfter.compareTo(warnAfter) >= 0,
                    "etl.freshness.*.error-after", errorAfter, "at least warn-after (" + warnAfter + ")");
        }
    }

    /**
     * What DuckDB may use in this process, per instance (the build; each reader connection).
     *
     * @param memoryLimit DuckDB's {@code memory_limit}: past it a build spills to {@code warehouse/.spill/} of the
     *                    data directory, a reader's query fails with DuckDB's out-of-memory error
     * @param threads     DuckDB's {@code threads}; empty means one per core
     */
    public record Duckdb(@DefaultValue("1GB") DataSize memoryLimit, Integer threads) {

        public Duckdb {
            require(memoryLimit.toMegabytes() >= 64, "etl.duckdb.memory-limit", memoryLimit,
                    "a size of at least 64MB, e.g. 1GB");
            require(threads == null || threads >= 1 && threads <= 256, "etl.duckdb.threads", threads,
                    "a whole number from 1 to 256 (or empty: one per core)");
        }

        /** The memory limit as a person would write it: 1GB, 1536MB. */
        public String memoryLimitText() {
            return text(memoryLimit);
        }
    }

    /**
     * The KPI exports.
     *
     * @param suppressBelow the public extract blanks counts from 1 to this − 1 ({@code ./etl export --public})
     * @param publicMonthly the monthly schedule writes a public extract after the internal one
     */
    public record Export(@DefaultValue("5") int suppressBelow, @DefaultValue("true") boolean publicMonthly) {

        public Export {
            require(suppressBelow >= 1, "etl.export.suppress-below", suppressBelow, "a whole number of at least 1");
        }
    }

    /**
     * Health and Prometheus metrics over HTTP, for the long-running commands ({@code ./etl schedule}, {@code serve});
     * one-shot commands never start a web server.
     *
     * @param port the port of {@code /actuator/health} and {@code /actuator/prometheus}; 0: none
     * @param bind the address it listens on
     */
    public record Management(@DefaultValue("0") int port, @DefaultValue("127.0.0.1") String bind) {

        public Management {
            require(port >= 0 && port <= 65_535, "etl.management.port", port, "a port from 1 to 65535, or 0 for none");
            require(bind != null && !bind.isBlank(), "etl.management.bind", bind, "an address such as 127.0.0.1");
        }

        public boolean enabled() {
            return port > 0;
        }
    }

    /** Metrics of one-shot runs. */
    public record Metrics(@DefaultValue Pushgateway pushgateway) {
    }

    /**
     * A Prometheus Pushgateway that {@code ./etl run} pushes its metrics to when it ends.
     *
     * @param url the gateway, e.g. {@code http://localhost:9091}; empty: no push
     * @param job the {@code job} grouping key of the pushed metrics
     */
    public record Pushgateway(URI url, @DefaultValue("etl") String job) {

        public Pushgateway {
            require(url == null || url.toString().isEmpty() || ("http".equals(url.getScheme())
                    || "https".equals(url.getScheme())) && url.getHost() != null,
                    "etl.metrics.pushgateway.url", url, "an http or https URL such as http://localhost:9091");
        }

        public boolean enabled() {
            return url != null && !url.toString().isEmpty();
        }
    }

    /** A setting out of its range: the message names the setting, the value and what is allowed. */
    static void require(boolean valid, String setting, Object value, String allowed) {
        if (!valid) {
            throw new IllegalArgumentException(setting + "=" + text(value) + " is not allowed: it must be " + allowed);
        }
    }

    /** A value as it is written in a setting: a size in its largest whole unit ({@code 1MB}, not {@code 1048576B}). */
    private static String text(Object value) {
        if (value instanceof DataSize size && size.toBytes() != 0) {
            for (String unit : List.of("TB", "GB", "MB", "KB")) {
                long bytes = DataSize.of(1, DataUnit.fromSuffix(unit)).toBytes();
                if (size.toBytes() % bytes == 0) {
                    return size.toBytes() / bytes + unit;
                }
            }
        }
        return String.valueOf(value);
    }
}
