package kr.aiacademy.etl.jobs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.aiacademy.etl.jobs.status.Freshness;
import kr.aiacademy.etl.jobs.status.LoadStatus;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.warehouse.kpi.ExportPart;
import kr.aiacademy.etl.warehouse.kpi.ExportRun;
import kr.aiacademy.etl.warehouse.report.MorningReport;
import kr.aiacademy.etl.warehouse.report.ReportRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Adds {@code report.html} and {@code docs.html} to every internal export folder (nightly load, monthly extract,
 * {@code ./etl export}), before the manifest digests the folder; a public extract gets the docs only, since the
 * report's counts are not suppressed. The report shows the run's status and what it loaded (job repository,
 * ledger), each feed's freshness verdict against its thresholds and the figures of the published warehouse.
 */
@Component
class MorningReportPart implements ExportPart {

    private final JobRepository repository;
    private final DropLedger ledger;
    private final ApplicationContext context;

    MorningReportPart(JobRepository repository, DropLedger ledger, ApplicationContext context) {
        this.repository = repository;
        this.ledger = ledger;
        this.context = context;
    }

    @Override
    public void addTo(Path folder, Path warehouse, ExportRun run) throws IOException, SQLException {
        JobExecution job = repository.getJobExecution(run.executionId());
        Map<String, String> freshness = new LinkedHashMap<>();
        for (Freshness feed : LoadStatus.feeds(context)) {
            freshness.put(feed.feed(), feed.verdict().name());
        }
        String period = run.period().kind() + " " + run.period().from()
                + (run.period().to().equals(run.period().from()) ? "" : " – " + run.period().to());
        ReportRun report = new ReportRun(run.jobName(), run.executionId(), status(job),
                summary(ledger.byJobExecution(run.executionId())), period,
                run.writtenAt().atZoneSameInstant(run.zone()), freshness);
        if (run.isPublic()) {
            MorningReport.writeDocs(warehouse, report, folder); // the report's counts are not suppressed
        } else {
            MorningReport.write(warehouse, report, folder);
        }
    }

    /**
     * The run's status as the extract sees it: the extract is the run's last step, so the run has COMPLETED
     * everything else unless a step before it did not (a restarted run may carry a failed one).
     */
    private static String status(JobExecution job) {
        if (job == null) {
            return BatchStatus.UNKNOWN.name();
        }
        return job.getStepExecutions().stream().map(StepExecution::getStatus)
                .filter(s -> s != BatchStatus.COMPLETED && s != BatchStatus.STARTED).findFirst()
                .orElse(BatchStatus.COMPLETED).name();
    }

    /** What the run loaded: "15 drop(s) loaded, 1 duplicate, 0 rejected; 2,630 rows loaded, 13 rejected". */
    private static String summary(List<LedgerEntry> drops) {
        if (drops.isEmpty()) {
            return "no new drop";
        }
        long rows = drops.stream().mapToLong(d -> d.rowsLoaded() == null ? 0 : d.rowsLoaded()).sum();
        long rejected = drops.stream().mapToLong(d -> d.rowsRejected() == null ? 0 : d.rowsRejected()).sum();
        return String.format(Locale.ROOT, "%d drop(s) loaded, %d duplicate, %d rejected; %,d rows loaded, %,d rejected",
                count(drops, DropStatus.LOADED), count(drops, DropStatus.DUPLICATE), count(drops, DropStatus.REJECTED),
                rows, rejected);
    }

    private static long count(List<LedgerEntry> drops, DropStatus status) {
        return drops.stream().filter(d -> d.status() == status).count();
    }
}
