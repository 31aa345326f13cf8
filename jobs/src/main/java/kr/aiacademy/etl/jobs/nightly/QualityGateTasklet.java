package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.quality.QualityGate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Checks the built warehouse's invariants; a failure deletes the build and fails the job. */
@Component
class QualityGateTasklet implements Tasklet {

    private final QualityGate gate;

    QualityGateTasklet(QualityGate gate) {
        this.gate = gate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        Path built = Path.of(stepExecution.getJobExecution().getExecutionContext()
                .getString(WarehouseBuildTasklet.BUILT_FILE));
        try {
            int passed = gate.check(built);
            contribution.incrementWriteCount(passed);
        } catch (RuntimeException | java.sql.SQLException e) {
            WarehouseBuilder.deleteDatabase(built);
            throw e;
        }
        return RepeatStatus.FINISHED;
    }
}
