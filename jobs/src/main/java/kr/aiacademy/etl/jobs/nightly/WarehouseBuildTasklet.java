package kr.aiacademy.etl.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.BuildResult;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.publish.Publisher;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Builds a new warehouse file beside the published one from the lake files of every loaded drop. The file's
 * path goes into the job's context for the gate and the publish step.
 */
@Component
class WarehouseBuildTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBuildTasklet.class);

    static final String BUILT_FILE = "warehouse.built";

    /** Set in the job's context: how the warehouse was built (updated, or in full and why), for the run report. */
    static final String HOW = "warehouse.how";

    /** The job parameter of {@code ./etl rebuild}: build in full from the whole lake. */
    static final String REBUILD = "rebuild";

    private final BuildInputs inputs;
    private final DataDir dataDir;
    private final FeedRegistry feeds;
    private final DuckDbResources resources;
    private final ZoneId zone;
    private final String memoryLimit;

    WarehouseBuildTasklet(BuildInputs inputs, DataDir dataDir, FeedRegistry feeds, DuckDbResources resources,
            EtlProperties properties) {
        this.inputs = inputs;
        this.dataDir = dataDir;
        this.feeds = feeds;
        this.resources = resources;
        this.zone = ZoneId.of(properties.schedule().zone());
        this.memoryLimit = properties.duckdb().memoryLimitText();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        Path target = Publisher.buildPath(dataDir.publishedWarehouse(), "job" + stepExecution.getJobExecutionId());
        var job = stepExecution.getJobExecution();
        BuildInput input = inputs.current(new BuildRun(job.getId(), job.getJobInstance().getJobName(),
                OffsetDateTime.now(zone), zone));
        dataDir.space().ensure(target, expectedSize(input));
        boolean rebuild = "true".equals(job.getJobParameters().getString(REBUILD));
        BuildResult result = build(input, rebuild, target);
        log.info("warehouse {}", result.how());
        stepExecution.getJobExecution().getExecutionContext().putString(BUILT_FILE, target.toString());
        stepExecution.getJobExecution().getExecutionContext().putString(HOW, "warehouse " + result.how());
        stepExecution.getExecutionContext().putString("warnings", String.join("\n", result.warnings()));
        result.rowCounts().forEach((table, rows) -> stepExecution.getExecutionContext().putLong("rows." + table,
                rows));
        contribution.incrementWriteCount(result.rowCounts().getOrDefault("fact_application", 0L));
        return RepeatStatus.FINISHED;
    }

    /**
     * The build: an update of the published warehouse, or (a rebuild) in full, keeping its keys. One that ran out
     * of DuckDB's memory says which setting gives it more.
     */
    private BuildResult build(BuildInput input, boolean rebuild, Path target) throws SQLException, IOException {
        try {
            WarehouseBuilder builder = new WarehouseBuilder(resources);
            Path published = dataDir.publishedWarehouse();
            return rebuild ? builder.rebuild(input, published, target) : builder.update(input, published, target);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Out of Memory Error")) {
                throw e;
            }
            throw new SQLException(e.getMessage().strip().lines().findFirst().orElse("") + " (the build needs more "
                    + "than etl.duckdb.memory-limit=" + memoryLimit + " allows in one step that cannot spill to disk: "
                    + "raise the setting, e.g. --etl.duckdb.memory-limit=2GB)", e);
        }
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
}
