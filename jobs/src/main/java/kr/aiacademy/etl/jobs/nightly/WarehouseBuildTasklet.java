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
import kr.aiacademy.etl.jobs.Feeds;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.BuildResult;
import kr.aiacademy.etl.warehouse.build.DropAudit;
import kr.aiacademy.etl.warehouse.build.FeedFreshness;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.publish.Publisher;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a new warehouse file beside the published one from the lake files of every loaded drop. The file's
 * path goes into the job's context for the gate and the publish step. Each feed's freshness as of the build (the
 * verdict of {@code ./etl status}, with its thresholds) goes into the warehouse as data ({@code etl_freshness}).
 */
@Component
class WarehouseBuildTasklet implements Tasklet {

    static final String BUILT_FILE = "warehouse.built";

    private final DropLedger ledger;
    private final DataDir dataDir;
    private final Feeds feeds;
    private final EtlProperties.Freshness thresholds;
    private final JdbcClient metadata;

    WarehouseBuildTasklet(DropLedger ledger, DataDir dataDir, Feeds feeds, EtlProperties properties,
            JdbcClient metadata) {
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.feeds = feeds;
        this.thresholds = properties.freshness();
        this.metadata = metadata;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        Path target = Publisher.buildPath(dataDir.publishedWarehouse(), "job" + stepExecution.getJobExecutionId());
        BuildInput input = input();
        dataDir.space().ensure(target, expectedSize(input));
        BuildResult result = new WarehouseBuilder().build(input, target);
        stepExecution.getJobExecution().getExecutionContext().putString(BUILT_FILE, target.toString());
        stepExecution.getExecutionContext().putString("warnings", String.join("\n", result.warnings()));
        result.rowCounts().forEach((table, rows) -> stepExecution.getExecutionContext().putLong("rows." + table,
                rows));
        contribution.incrementWriteCount(result.rowCounts().getOrDefault("fact_application", 0L));
        return RepeatStatus.FINISHED;
    }

    private BuildInput input() {
        Map<String, List<Path>> lake = new LinkedHashMap<>();
        List<Path> rejects = new ArrayList<>();
        for (FeedSpec<?> feed : feeds.all()) {
            List<Path> files = new ArrayList<>();
            for (LedgerEntry drop : ledger.loaded(feed.name())) {
                files.add(dataDir.lakeFile(drop));
                Path rejectsFile = dataDir.rejectsFile(drop);
                if (Files.exists(rejectsFile)) {
                    rejects.add(rejectsFile);
                }
            }
            lake.put(feed.name(), files);
        }
        List<DropAudit> drops = ledger.all().stream().map(WarehouseBuildTasklet::audit).toList();
        LocalDateTime now = LocalDateTime.now();
        List<FeedFreshness> freshness = LoadStatus.feeds(thresholds, metadata, feeds, now).stream()
                .map(feed -> freshness(feed, now)).toList();
        return new BuildInput(lake, rejects, drops, freshness);
    }

    /** What a new build takes on disk, about: as much as the published one, else as much as the lake. */
    private long expectedSize(BuildInput input) throws IOException {
        Path published = dataDir.publishedWarehouse();
        if (Files.exists(published)) {
            return Files.size(published);
        }
        long bytes = 0;
        for (FeedSpec<?> feed : feeds.all()) {
            for (Path file : input.lakeFiles(feed.name())) {
                bytes += Files.exists(file) ? Files.size(file) : 0; // a missing one: the build says so
            }
        }
        return bytes;
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
