package kr.aiacademy.etl.jobs.kpi;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.kpi.ExportPart;
import kr.aiacademy.etl.warehouse.kpi.ExportPeriod;
import kr.aiacademy.etl.warehouse.kpi.ExportRun;
import kr.aiacademy.etl.warehouse.kpi.KpiExporter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the export folder of the published warehouse, {@code exports/<run date>/<execution id>/}: the KPI
 * extracts, the files of every {@link ExportPart} bean (the report) and {@code manifest.json}. The job parameter
 * {@value #PERIOD} says which period it reports: {@code day} (default, the nightly load) or {@code month} (the
 * monthly extract: the month before its run date); {@value #THRESHOLD}, when set, makes it a public extract with
 * the counts below it suppressed.
 */
@Component
public class KpiExtractTasklet implements Tasklet {

    public static final String RUN_AT = "run.at";
    public static final String PERIOD = "export.period";
    public static final String THRESHOLD = "export.suppress-below";
    public static final String VISIBILITY = "export.visibility";

    private final DataDir dataDir;
    private final ZoneId zone;
    private final ObjectProvider<ExportPart> parts;

    KpiExtractTasklet(DataDir dataDir, EtlProperties properties, ObjectProvider<ExportPart> parts) {
        this.dataDir = dataDir;
        this.zone = ZoneId.of(properties.schedule().zone());
        this.parts = parts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        var job = stepExecution.getJobExecution();
        OffsetDateTime now = OffsetDateTime.now(zone);
        LocalDate day = now.toLocalDate();
        ExportPeriod period = "month".equals(job.getJobParameters().getString(PERIOD))
                ? ExportPeriod.monthBefore(day) : ExportPeriod.day(day);
        Long threshold = job.getJobParameters().getLong(THRESHOLD);
        ExportRun run = new ExportRun(job.getId(), job.getJobInstance().getJobName(), period, now, zone,
                threshold == null ? null : Math.toIntExact(threshold));
        Path folder = new KpiExporter(parts.orderedStream().toList())
                .export(dataDir.publishedWarehouse(), dataDir.exports(), run);
        contribution.incrementWriteCount(1);
        stepExecution.getExecutionContext().putString("exports", folder.toString());
        return RepeatStatus.FINISHED;
    }
}
