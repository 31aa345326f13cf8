package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.aiacademy.etl.pipeline.lake.DataDir;
import kr.aiacademy.etl.warehouse.kpi.KpiExtract;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Writes the KPI extracts of the published warehouse to {@code exports/<run date>/}. */
@Component
public class KpiExtractTasklet implements Tasklet {

    static final String RUN_AT = "run.at";

    private final DataDir dataDir;

    KpiExtractTasklet(DataDir dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        LocalDateTime runAt = stepExecution.getJobParameters().getLocalDateTime(RUN_AT);
        LocalDate day = runAt == null ? LocalDate.now() : runAt.toLocalDate();
        Path folder = dataDir.exports().resolve(day.toString());
        int files = KpiExtract.write(dataDir.publishedWarehouse(), folder).size();
        contribution.incrementWriteCount(files);
        stepExecution.getExecutionContext().putString("exports", folder.toString());
        return RepeatStatus.FINISHED;
    }
}
