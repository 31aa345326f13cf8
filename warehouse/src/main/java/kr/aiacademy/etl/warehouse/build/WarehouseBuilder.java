package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.aiacademy.etl.warehouse.query.DuckDb;

/**
 * Builds the whole warehouse into a new DuckDB file: staging tables filled from the lake with
 * {@code read_parquet()}, then the dimension, fact, audit and KPI models of {@code sql/}, in order (dimensions
 * before the facts that reference them), each with the primary and foreign keys its header declares. A pure
 * function of its input (the lake, the ledger, the feeds' freshness as judged at the build): the same input gives
 * the same warehouse.
 */
public final class WarehouseBuilder {

    /** Staging table of each feed's lake files. */
    private static final Map<String, String> STAGING = Map.of("enrollment", "stg_enrollment",
            "employment", "stg_employment", "awards", "stg_awards", "budget", "stg_budget");

    private static final List<String> SCHEMA = List.of(
            "schema/macros.sql", "staging/stg_enrollment.sql", "staging/stg_employment.sql",
            "staging/stg_awards.sql", "staging/stg_budget.sql", "staging/stg_rejects.sql",
            "staging/etl_drop_log.sql", "staging/etl_freshness_log.sql");

    private static final List<String> MODELS = List.of(
            "intermediate/int_application_current.sql", "intermediate/int_employment_outcome.sql",
            "intermediate/int_award_current.sql", "intermediate/int_budget_current.sql",
            "dims/dim_region.sql", "dims/dim_cohort.sql", "dims/dim_trainee.sql", "dims/dim_employer.sql",
            "dims/dim_event.sql", "dims/dim_funding_source.sql", "dims/dim_budget_line.sql",
            "facts/fact_application.sql", "facts/fact_employment_outcome.sql", "facts/fact_award.sql",
            "facts/bridge_award_member.sql", "facts/fact_budget.sql",
            "audit/etl_drops.sql", "audit/etl_reject_log.sql", "audit/etl_rejects.sql",
            "audit/etl_quality_issues.sql", "audit/etl_freshness.sql",
            "kpi/kpi_cohort.sql", "kpi/kpi_budget.sql",
            "schema/comments.sql");

    private static final List<String> COUNTED = List.of(
            "dim_region", "dim_cohort", "dim_trainee", "dim_employer", "dim_event", "dim_funding_source",
            "dim_budget_line", "fact_application", "fact_employment_outcome", "fact_award",
            "bridge_award_member", "fact_budget", "etl_drop_log", "etl_reject_log");

    public BuildResult build(BuildInput input, Path target) throws SQLException, IOException {
        long started = System.nanoTime();
        deleteDatabase(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        try (Connection connection = DuckDb.openForBuild(target)) {
            for (String resource : SCHEMA) {
                SqlScript.load(resource).run(connection);
            }
            for (Map.Entry<String, String> staging : STAGING.entrySet()) {
                loadParquet(connection, staging.getValue(), input.lakeFiles(staging.getKey()));
            }
            loadParquet(connection, "stg_rejects", input.rejectFiles());
            LedgerCopies.load(connection, input);
            for (String resource : MODELS) {
                KeyedTable.create(connection, SqlScript.load(resource));
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : COUNTED) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("select detail from etl_quality_issues order by 1")) {
                    while (rs.next()) {
                        warnings.add(rs.getString(1));
                    }
                }
                statement.execute("checkpoint");
            }
        } catch (SQLException | RuntimeException e) {
            deleteDatabase(target);
            throw e;
        }
        Files.deleteIfExists(wal(target));
        return new BuildResult(target, counts, warnings, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void loadParquet(Connection connection, String table, List<Path> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        String list = files.stream()
                .map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into " + table + " by name select * from read_parquet(" + list + ", hive_partitioning = false)");
        } catch (SQLException e) {
            throw new SQLException("loading " + table + " from " + files.size() + " lake file(s) failed: "
                    + e.getMessage(), e);
        }
    }

    /** Removes a DuckDB file and its write-ahead log. */
    public static void deleteDatabase(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(wal(file));
    }

    static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }
}
