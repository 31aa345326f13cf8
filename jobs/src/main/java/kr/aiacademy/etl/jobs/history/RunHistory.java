package kr.aiacademy.etl.jobs.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.aiacademy.etl.jobs.control.GracefulStop;
import kr.aiacademy.etl.jobs.failure.FirstLine;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads past runs of the nightly load from Spring Batch's metadata tables joined with the drop ledger
 * ({@code sql/run-history/*.sql}).
 */
public final class RunHistory {

    private static final String RUNS = load("runs.sql");
    private static final String FAILED_STEPS = load("failed-steps.sql");
    private static final String REPOSITORY_EXISTS = load("repository-exists.sql");

    private final JdbcClient jdbc;

    RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The history of the application's metadata database. Asking for these beans creates what a data directory
     * without metadata lacks: Spring Batch's tables (initialized before any JdbcClient) and the ledger table.
     */
    public static RunHistory of(ApplicationContext context) {
        context.getBean(DropLedger.class);
        return new RunHistory(context.getBean(JdbcClient.class));
    }

    /** The history of a metadata database read without the application ({@link MetadataReader}). */
    public static RunHistory of(JdbcClient metadata) {
        return new RunHistory(metadata);
    }

    /**
     * The latest runs, newest first; those that did not complete carry their failing step and message. None where
     * nothing has run yet (no job repository).
     */
    public List<PastRun> latest(int limit) {
        if (jdbc.sql(REPOSITORY_EXISTS).query(Long.class).single() == 0) {
            return List.of();
        }
        List<PastRun> runs = jdbc.sql(RUNS).param("max_runs", limit).query(RunHistory::run).list();
        List<Long> unfinished = runs.stream().filter(r -> !r.completed()).map(PastRun::executionId).toList();
        if (unfinished.isEmpty()) {
            return runs;
        }
        Map<Long, List<FailedStep>> failedSteps = new LinkedHashMap<>();
        jdbc.sql(FAILED_STEPS).param("execution_ids", unfinished)
                .query((rs, i) -> new FailedStep(rs.getLong("execution_id"), rs.getString("step_name"),
                        FirstLine.ofStoredExitMessage(rs.getString("exit_message"))))
                .list()
                .forEach(step -> failedSteps.computeIfAbsent(step.executionId(), id -> new ArrayList<>()).add(step));
        return runs.stream().map(run -> withFailure(run, failedSteps.get(run.executionId()))).toList();
    }

    private static PastRun run(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        String jobMessage = switch (status) {
            case "COMPLETED" -> null;
            case "STOPPED" -> GracefulStop.STOPPED;
            default -> FirstLine.ofStoredExitMessage(rs.getString("exit_message"));
        };
        return new PastRun(rs.getLong("execution_id"), rs.getString("run_trigger"), status,
                rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                new PastRun.Drops(rs.getLong("drops_seen"), rs.getLong("drops_loaded"),
                        rs.getLong("drops_duplicate"), rs.getLong("drops_rejected")),
                rs.getLong("rows_loaded"), rs.getLong("rows_rejected"), null, jobMessage);
    }

    /**
     * The failing step is the first step (not a partition) that did not complete. The job's exit message names it
     * and the cause when the run recorded its failure line; otherwise, as a partitioned step only says that a
     * partition failed, the message of a failed partition is preferred to its own; a run without a failed step
     * keeps the job's exit message.
     */
    private static PastRun withFailure(PastRun run, List<FailedStep> steps) {
        if (steps == null || steps.isEmpty()) {
            return run;
        }
        String step = steps.stream().map(FailedStep::name).filter(name -> !name.contains(":")).findFirst()
                .orElse(steps.get(0).name());
        Optional<String> partitionMessage = steps.stream().filter(s -> s.name().contains(":"))
                .map(FailedStep::message).filter(Objects::nonNull).findFirst();
        if ("STOPPED".equals(run.status())) {
            return run.failedAt(step, run.failure());
        }
        if (run.failure() != null && run.failure().startsWith(step + ": ")) {
            return run.failedAt(step, run.failure().substring(step.length() + 2)); // the job's line names the cause
        }
        String message = partitionMessage.or(() -> steps.stream().filter(s -> s.name().equals(step))
                .map(FailedStep::message).filter(Objects::nonNull).findFirst()).orElse(run.failure());
        return run.failedAt(step, message);
    }

    private record FailedStep(long executionId, String name, String message) {
    }

    private static String load(String file) {
        try (InputStream in = RunHistory.class.getResourceAsStream("/sql/run-history/" + file)) {
            if (in == null) {
                throw new IllegalStateException("SQL file sql/run-history/" + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
