package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;

/**
 * Builds the whole warehouse into a new DuckDB file: a staging table per registered feed ({@link FeedModels})
 * filled from the lake with {@code read_parquet()}, then the dimension, fact, audit and KPI models of {@code sql/}, in order (dimensions
 * before the facts that reference them), each with the primary and foreign keys its header declares; last, the
 * views whose header says {@code -- materialized: table} become tables ({@link MaterializedView}); the models the
 * feeds bring run after the built-in ones. A pure
 * function of its input (the lake, the ledger, the feeds' freshness as judged at the build, the KPI history):
 * the same input gives the same warehouse.
 */
public final class WarehouseBuilder {

    /** Before the feeds' staging tables. */
    private static final List<String> MACROS = List.of("schema/macros.sql");

    /** After them: the other inputs. */
    private static final List<String> SCHEMA = List.of("staging/stg_rejects.sql", "staging/etl_drop_log.sql",
            "staging/etl_freshness_log.sql", "staging/stg_kpi_history.sql", "audit/etl_build.sql");

    private static final List<String> MODELS = List.of(
            "intermediate/int_application_current.sql", "intermediate/int_employment_outcome.sql",
            "intermediate/int_award_current.sql", "intermediate/int_budget_current.sql",
            "dims/dim_region.sql", "dims/dim_cohort.sql", "dims/dim_trainee.sql", "dims/dim_employer.sql",
            "dims/dim_event.sql", "dims/dim_funding_source.sql", "dims/dim_budget_line.sql",
            "facts/fact_application.sql", "facts/fact_employment_outcome.sql", "facts/fact_award.sql",
            "facts/bridge_award_member.sql", "facts/fact_budget.sql",
            "audit/etl_drops.sql", "audit/etl_reject_log.sql", "audit/etl_rejects.sql",
            "audit/etl_quality_issues.sql", "audit/etl_freshness.sql",
            "kpi/kpi_cohort.sql", "kpi/kpi_budget.sql", "kpi/kpi_definitions.sql", "kpi/kpi_cohort_rates.sql",
            "kpi/kpi_cohort_total.sql", "kpi/kpi_budget_execution.sql",
            "history/kpi_cohort_history.sql", "history/kpi_run_drops.sql", "kpi/kpi_cohort_changes.sql",
            "schema/comments.sql");

    /** What the build loads the input tables other than the feeds' staging tables from. */
    private static final Map<String, String> INPUTS = Map.of("stg_rejects", "rejects", "etl_drop_log",
            "the drop ledger", "stg_kpi_cohort_history", "history/kpi_cohort", "stg_kpi_run_drops",
            "history/kpi_run_drops", "etl_build", "the run being built", "etl_freshness_log",
            "the feeds' freshness, judged at the build");

    private static final List<String> COUNTED = List.of(
            "dim_region", "dim_cohort", "dim_trainee", "dim_employer", "dim_event", "dim_funding_source",
            "dim_budget_line", "fact_application", "fact_employment_outcome", "fact_award",
            "bridge_award_member", "fact_budget", "etl_drop_log", "etl_reject_log", "kpi_cohort_history");

    private final DuckDbResources resources;

    /** A builder with DuckDB's own defaults of memory and threads. */
    public WarehouseBuilder() {
        this(DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** A builder whose DuckDB instance stays within the given memory and threads, spilling where they say. */
    public WarehouseBuilder(DuckDbResources resources) {
        this.resources = resources;
    }

    /** Every SQL file of the build, in the order it runs: schema and staging, then the models. */
    public static List<String> sqlFiles() {
        return Stream.concat(schema().stream(), models().stream()).toList();
    }

    /** What the build loads each input table from (the rest of the warehouse is derived from these). */
    public static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>(FeedModels.inputs());
        inputs.putAll(INPUTS);
        return inputs;
    }

    private static List<String> schema() {
        return Stream.of(MACROS, FeedModels.staging(), SCHEMA).flatMap(List::stream).toList();
    }

    /** The built-in models, then those the feeds bring. */
    private static List<String> models() {
        return Stream.concat(MODELS.stream(), FeedModels.models().stream()).toList();
    }

    public BuildResult build(BuildInput input, Path target) throws SQLException, IOException {
        long started = System.nanoTime();
        deleteDatabase(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        try (Connection connection = DuckDb.openForBuild(target, resources)) {
            for (String resource : schema()) {
                SqlScript.load(resource).run(connection);
            }
            for (String feed : FeedModels.feeds()) {
                loadParquet(connection, FeedModels.stagingTable(feed), input.lakeFiles(feed));
            }
            loadParquet(connection, "stg_rejects", input.rejectFiles());
            // snapshots written by older versions may lack newer columns: matched by name
            loadParquet(connection, "stg_kpi_cohort_history", input.history().cohortFiles(), UNION_BY_NAME);
            loadParquet(connection, "stg_kpi_run_drops", input.history().dropFiles(), UNION_BY_NAME);
            LedgerCopies.load(connection, input);
            BuildRecord.write(connection, input.run(), inputDigest(input), MODELS.stream()
                    .filter(m -> m.startsWith("kpi/")).map(SqlScript::load).toList());
            List<String> materialized = new ArrayList<>();
            for (String resource : models()) {
                SqlScript model = SqlScript.load(resource);
                KeyedTable.create(connection, model);
                if (MaterializedView.declared(model)) {
                    materialized.add(ModelKeys.of(model).table());
                }
            }
            for (String view : materialized) { // after every model and comment: views may read one another
                MaterializedView.materialize(connection, view);
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
        Files.deleteIfExists(DuckDb.writeAheadLog(target));
        return new BuildResult(target, counts, warnings, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The digest of what a build of this input would read and run: the lake and rejects files (named by the
     * digest of their drop), the drop ledger, the feeds' freshness thresholds and the SQL of the build. Equal
     * digests give equal warehouses but for the records of runs and times: the run a build belongs to, the KPI
     * snapshots of earlier published runs (a run that publishes nothing adds none) and the feeds' ages, which
     * change by the second, are not part of it.
     */
    public static String inputDigest(BuildInput input) {
        MessageDigest sha256 = sha256();
        for (String resource : sqlFiles()) {
            update(sha256, SqlScript.load(resource).text());
        }
        new TreeMap<>(input.lakeFiles()).forEach((feed, files) -> {
            update(sha256, feed);
            files.forEach(file -> update(sha256, file.toAbsolutePath().normalize().toString()));
        });
        input.rejectFiles().forEach(file -> update(sha256, file.toAbsolutePath().normalize().toString()));
        input.drops().forEach(drop -> update(sha256, drop.toString()));
        input.freshness().forEach(feed -> update(sha256, feed.feed() + " " + feed.warnAfterSeconds() + " "
                + feed.errorAfterSeconds()));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The input digest a published warehouse was built from; null for a warehouse built before it was kept. */
    public static String builtFrom(Connection warehouse) throws SQLException {
        try (Statement statement = warehouse.createStatement();
                ResultSet rs = statement.executeQuery("select input_digest from etl_build")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("etl_build does not exist")) {
                return null;
            }
            throw e;
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final String UNION_BY_NAME = ", union_by_name = true";

    private static void loadParquet(Connection connection, String table, List<Path> files) throws SQLException {
        loadParquet(connection, table, files, "");
    }

    private static void loadParquet(Connection connection, String table, List<Path> files, String options)
            throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        String list = files.stream()
                .map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into " + table + " by name select * from read_parquet(" + list
                    + ", hive_partitioning = false" + options + ")");
        } catch (SQLException e) {
            throw new SQLException("loading " + table + " from " + files.size() + " lake file(s) failed: "
                    + e.getMessage(), e);
        }
    }

    /** Removes a DuckDB file and its write-ahead log. */
    public static void deleteDatabase(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(DuckDb.writeAheadLog(file));
    }
}
