package kr.aiacademy.etl.jobs.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code warehouse} component of {@code /actuator/health}: UP when a warehouse is published and no feed is past
 * its error threshold (what makes {@code ./etl status} exit 1); DOWN otherwise, saying which. Its details: the
 * published file, when it was published, and each feed's freshness verdict. (The metadata database is Boot's own
 * {@code db} component.)
 */
@Component
class WarehouseHealthIndicator implements HealthIndicator {

    private final DataDir dataDir;
    private final FreshnessProbe probe;
    private final ZoneId zone;

    WarehouseHealthIndicator(DataDir dataDir, FreshnessProbe probe, EtlProperties properties) {
        this.dataDir = dataDir;
        this.probe = probe;
        this.zone = ZoneId.of(properties.schedule().zone());
    }

    @Override
    public Health health() {
        Path published = dataDir.publishedWarehouse();
        if (!Files.isRegularFile(published)) {
            return Health.down().withDetail("file", published.toString())
                    .withDetail("problem", "no warehouse is published yet (a load builds one)").build();
        }
        List<Freshness> feeds = probe.read().feeds();
        Map<String, String> freshness = new LinkedHashMap<>();
        feeds.forEach(f -> freshness.put(f.feed(), f.verdict().name()));
        List<String> errors = feeds.stream().filter(f -> f.verdict() == Freshness.Verdict.ERROR)
                .map(Freshness::lateness).filter(Objects::nonNull).toList();
        Health.Builder health = errors.isEmpty() ? Health.up() : Health.down().withDetail("late", errors);
        return health.withDetail("file", published.toString()).withDetail("published_at", publishedAt(published))
                .withDetail("freshness", freshness).build();
    }

    private String publishedAt(Path published) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Files.getLastModifiedTime(published).toInstant()
                    .atZone(zone).truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            return null;
        }
    }
}
