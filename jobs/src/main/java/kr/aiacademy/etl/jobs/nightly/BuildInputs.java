package kr.aiacademy.etl.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.FeedFreshness;
import kr.aiacademy.etl.warehouse.build.KpiHistoryFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a warehouse build of the data directory reads now: the lake files of every loaded drop, the ledger, the
 * feeds' freshness as {@code ./etl status} judges it now, and the KPI snapshots of the published runs.
 */
@Component
class BuildInputs {

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final FeedRegistry feeds;
    private final EtlProperties settings;
    private final JdbcClient metadata;

    BuildInputs(DropLedger ledger, DataDir dataDir, FeedRegistry feeds, EtlProperties properties, JdbcClient metadata) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.feeds = feeds;
        this.settings = properties;
        this.metadata = metadata;
    }

    /** The input of a build for the given run. */
    BuildInput current(BuildRun run) throws IOException {
        Map<String, List<Path>> lake = new LinkedHashMap<>();
        List<Path> rejects = new ArrayList<>();
        for (FeedSpec<?> feed : feeds.all()) {
            List<Path> files = new ArrayList<>();
            for (LedgerEntry drop : ledger.loaded(feed.name())) {
                files.add(dataDir.lakeFile(drop.feed(), drop.sha256(), drop.ingestDate()));
                Path rejectsFile = dataDir.rejectsFile(drop.feed(), drop.sha256());
                if (Files.exists(rejectsFile)) {
                    rejects.add(rejectsFile);
                }
            }
            lake.put(feed.name(), files);
        }
        List<DropAudit> drops = ledger.all().stream().map(BuildInputs::audit).toList();
        LocalDateTime now = LocalDateTime.now();
        List<FeedFreshness> freshness = LoadStatus.feeds(settings, metadata, feeds, now).stream()
                .map(feed -> freshness(feed, now)).toList();
        return new BuildInput(lake, rejects, drops, freshness, KpiHistoryFiles.in(dataDir.history()), run);
    }

    private static FeedFreshness freshness(Freshness feed, LocalDateTime checkedAt) {
        EtlProperties.Threshold threshold = feed.threshold();
        return new FeedFreshness(feed.feed(), feed.dropName(), feed.dropDate(), feed.arrivedAt(), seconds(feed.age()),
                threshold == null ? null : seconds(threshold.warnAfter()),
                threshold == null ? null : seconds(threshold.errorAfter()), feed.verdict().name(), checkedAt);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static DropAudit audit(LedgerEntry e) {
        return new DropAudit(e.feed(), e.dropName(), e.sha256(), e.status().name(), e.rowsLoaded(),
                e.rowsRejected(), e.reason(), e.notes(), e.duplicateOf(), e.sizeBytes(), e.dropDate(),
                e.firstSeenAt(), e.loadedAt());
    }
}
