package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.kpi.KpiHistory;
import kr.aiacademy.etl.warehouse.publish.Publisher;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renames the checked build over the published warehouse in one atomic step, then keeps the run's KPI figures as
 * snapshots under {@code history/} (read back by every later build: {@code kpi_cohort_history}).
 */
@Component
class WarehousePublishTasklet implements Tasklet {

    private final DataDir dataDir;

    WarehousePublishTasklet(DataDir dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path built = Path.of(chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext().getString(WarehouseBuildTasklet.BUILT_FILE));
        Publisher.publish(built, dataDir.publishedWarehouse());
        KpiHistory.keep(dataDir.publishedWarehouse(), dataDir.history());
        return RepeatStatus.FINISHED;
    }
}
