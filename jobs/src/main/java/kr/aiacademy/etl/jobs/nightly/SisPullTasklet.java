package kr.aiacademy.etl.jobs.nightly;

import java.time.Clock;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.sis.SisPuller;
import kr.aiacademy.etl.pipeline.sis.Watermarks;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Pulls the changed rows of the SIS {@code applications} table as an enrollment drop, when {@code etl.sis.url}
 * is set. The ledger entry and the new watermark commit in this step's metadata transaction.
 */
@Component
class SisPullTasklet implements Tasklet {

    private final EtlProperties.Sis sis;
    private final DropLander lander;
    private final Watermarks watermarks;
    private final DataDir dataDir;
    private final Clock clock;

    SisPullTasklet(EtlProperties properties, DropLander lander, Watermarks watermarks, DataDir dataDir,
            Clock clock) {
        this.sis = properties.sis();
        this.lander = lander;
        this.watermarks = watermarks;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!sis.enabled()) {
            return RepeatStatus.FINISHED;
        }
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        SimpleDriverDataSource source = new SimpleDriverDataSource();
        source.setUrl(sis.url());
        source.setUsername(sis.username());
        source.setPassword(sis.password());
        source.setDriver(java.sql.DriverManager.getDriver(sis.url()));
        SisPuller puller = new SisPuller(source, sis.table(), lander, watermarks,
                dataDir.root().resolve("landing/.pull"), clock);
        puller.pull(stepExecution.getJobExecutionId()).ifPresent(event -> contribution.incrementWriteCount(1));
        return RepeatStatus.FINISHED;
    }
}
