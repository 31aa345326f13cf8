package kr.aiacademy.etl.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.build.BuildRun;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Decides whether the night has anything to rebuild: when the published warehouse was built from exactly the
 * input a build would read now (no drop loaded, rejected or corrected since, same SQL), the build, gate and publish
 * are skipped and the run goes on to the extracts of the published warehouse.
 */
@Component
class WarehouseUpToDate implements JobExecutionDecider {

    static final FlowExecutionStatus UP_TO_DATE = new FlowExecutionStatus("UP_TO_DATE");
    static final FlowExecutionStatus BUILD = new FlowExecutionStatus("BUILD");

    /** Set in the job's context when the build was skipped: what the run report says about it. */
    static final String NOTE = "warehouse.upToDate";

    private static final Logger log = LoggerFactory.getLogger(WarehouseUpToDate.class);

    private final BuildInputs inputs;
    private final DataDir dataDir;

    WarehouseUpToDate(BuildInputs inputs, DataDir dataDir) {
        this.inputs = inputs;
        this.dataDir = dataDir;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        Path published = dataDir.publishedWarehouse();
        if (!Files.exists(published) || jobExecution.getJobParameters().getString(WarehouseBuildTasklet.REBUILD)
                != null) {
            return BUILD;
        }
        try (Connection warehouse = WarehouseReader.open(published)) {
            String digest = WarehouseBuilder.inputDigest(inputs.current(BuildRun.unnamed()));
            if (!digest.equals(WarehouseBuilder.builtFrom(warehouse))) {
                return BUILD;
            }
        } catch (SQLException | IOException e) {
            log.warn("cannot read what the published warehouse was built from ({}): building it again", e.getMessage());
            return BUILD;
        }
        jobExecution.getExecutionContext().putString(NOTE,
                "the warehouse is up to date: it was built from these drops already (nothing rebuilt or published)");
        return UP_TO_DATE;
    }
}
