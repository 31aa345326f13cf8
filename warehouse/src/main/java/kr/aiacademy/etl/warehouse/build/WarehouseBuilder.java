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
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the whole warehouse into a new DuckDB file: the input tables (a staging table per registered feed, filled
 * from the lake with {@code read_parquet()}, the ledger copy, the build record), then the other models of {@code sql/} in the order
 * {@link Models} derives (each after the models it reads), each with the primary and foreign keys its header
 * declares, then the comments of every header; last, the views whose header says {@code -- materialized: table}
 * become tables ({@link MaterializedView}). A night updates a copy of the published warehouse instead
 * ({@link #update}, {@link WarehouseUpdate}), to the same result. A pure function of its input (the lake, the ledger,
 * the feeds' freshness as judged at the build, the KPI history): the same input gives the same warehouse.
 */
public final class WarehouseBuilder {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBuilder.class);

    /** Run before the models: the macros they use. */
    private static final List<String> SCHEMA = List.of("schema/macros.sql");

    private final DuckDbResources resources;

    /** A builder with DuckDB's own defaults of memory and threads. */
    public WarehouseBuilder() {
        this(DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** A builder whose DuckDB instance stays within the given memory and threads, spilling where they say. */
    public WarehouseBuilder(DuckDbResources resources) {
        this.resources = resources;
    }

    /** Builds the whole warehouse from the whole lake into a new file, numbering every key afresh. */
    public BuildResult build(BuildInput input, Path target) throws SQLException, IOException {
        return rebuild(input, null, target);
    }

    /**
     * Builds the whole warehouse from the whole lake into a new file, keeping the keys of the published warehouse
     * ({@link StableKeys}; none given or none there: numbered afresh).
     */
    public BuildResult rebuild(BuildInput input, Path published, Path target) throws SQLException, IOException {
        deleteDatabase(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        return run(input, target, "rebuilt in full", published);
    }

    /**
     * Builds the warehouse into a new file by updating a copy of the published one ({@link WarehouseUpdate}) when that
     * was built by the same SQL and DuckDB version and keeps its state ({@link BuildState}); else in full. Either
     * way the same input gives the same warehouse.
     */
    public BuildResult update(BuildInput input, Path published, Path target) throws SQLException, IOException {
        String because = updatable(published);
        if (because != null) {
            return rebuild(input, published, target).because(because);
        }
        deleteDatabase(target);
        long started = System.nanoTime();
        Files.copy(published, target);
        log.debug("copied the published warehouse in {} ms", (System.nanoTime() - started) / 1_000_000);
        return run(input, target, null, null);
    }

    /** Why the published warehouse cannot be updated; null when it can. */
    private String updatable(Path published) {
        if (!Files.exists(published) || Files.exists(DuckDb.writeAheadLog(published))) {
            return Files.exists(published) ? "rebuilt in full: the published warehouse has a write-ahead log"
                    : "built in full: no warehouse is published yet";
        }
        try (Connection warehouse = WarehouseReader.open(published)) {
            String digest = BuildState.sqlDigest(warehouse);
            if (digest == null) {
                return "rebuilt in full: the published warehouse keeps no build state (built by an earlier version)";
            }
            if (!digest.equals(sqlDigest(BuildState.duckDbVersion(warehouse)))) {
                return "rebuilt in full: the published warehouse was built by other SQL or another DuckDB version";
            }
        } catch (SQLException e) {
            return "rebuilt in full: the published warehouse cannot be read (" + FirstLine.of(e) + ")";
        }
        return null;
    }

    /** A full build into an empty file (update null), or an update of the copy of the published file there. */
    private BuildResult run(BuildInput input, Path target, String full, Path keysOf) throws SQLException,
            IOException {
        long started = System.nanoTime();
        boolean update = full == null;
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<Model> models = Models.discover();
        int changedFiles;
        try (Connection connection = DuckDb.openForBuild(target, resources)) {
            for (String resource : SCHEMA) {
                SqlScript.load(resource).run(connection);
            }
            BuildState.prepare(connection);
            if (!update) {
                StableKeys.carry(connection, keysOf);
            }
            changedFiles = inputs(connection, input, models, update);
            log.debug("inputs loaded, {} ms into the build", (System.nanoTime() - started) / 1_000_000);
            if (update) {
                WarehouseUpdate.models(connection, models);
            } else {
                Scopes.everything(connection, models);
                for (Model model : models.stream().filter(m -> !m.isInput()).toList()) {
                    long modelStarted = System.nanoTime();
                    KeyedTable.create(connection, model);
                    log.debug("built {} in {} ms", model.name(), (System.nanoTime() - modelStarted) / 1_000_000);
                }
            }
            comment(connection, models);
            for (Model view : models.stream().filter(m -> m.header().materialized()).toList()) {
                MaterializedView.materialize(connection, view.name()); // after every model and comment
            }
            log.debug("models built, {} ms into the build", (System.nanoTime() - started) / 1_000_000);
            BuildState.write(connection, sqlDigest(BuildState.duckDbVersion(connection)));
            try (Statement statement = connection.createStatement()) {
                for (Model table : models.stream().filter(m -> m.header().counted()).toList()) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + table.qualifiedName())) {
                        rs.next();
                        counts.put(table.name(), rs.getLong(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("select detail from etl_quality_issues order by 1")) {
                    while (rs.next()) {
                        warnings.add(rs.getString(1));
                    }
                }
                long checkpoint = System.nanoTime();
                statement.execute("checkpoint");
                log.debug("checkpoint in {} ms", (System.nanoTime() - checkpoint) / 1_000_000);
            }
        } catch (SQLException | RuntimeException e) {
            deleteDatabase(target);
            throw e;
        }
        Files.deleteIfExists(DuckDb.writeAheadLog(target));
        String how = update ? "updated from the published warehouse (" + changedFiles + " lake file(s) added or "
                + "removed)" : full;
        return new BuildResult(target, counts, warnings, Duration.ofNanos(System.nanoTime() - started), how);
    }

    /**
     * Creates and fills the input tables; in an update, the kept ones ({@link BuildState}) are brought to the lake
     * instead. Returns the number of lake files an update added or removed.
     */
    private static int inputs(Connection connection, BuildInput input, List<Model> models, boolean update)
            throws SQLException {
        List<Model> inputs = models.stream().filter(Model::isInput).toList();
        for (Model table : inputs) {
            if (update && kept(table)) {
                continue;
            }
            if (update) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop table if exists " + table.qualifiedName());
                }
            }
            table.script().run(connection);
        }
        Map<String, List<Path>> lakeFed = new LinkedHashMap<>();
        for (String feed : FeedRegistry.installed().names()) {
            lakeFed.put(stagingTable(feed, models), input.lakeFiles(feed));
        }
        lakeFed.put("stg_rejects", input.rejectFiles());
        int changed = 0;
        for (Map.Entry<String, List<Path>> table : lakeFed.entrySet()) {
            Model model = input(models, table.getKey());
            if (update && kept(model)) {
                changed += LakeInputs.update(connection, model, table.getValue());
            } else {
                LakeInputs.load(connection, model, table.getValue(), "");
            }
        }
        // snapshots written by older versions may lack newer columns: matched by name
        LakeInputs.load(connection, input(models, "stg_kpi_cohort_history"), input.history().cohortFiles(),
                LakeInputs.UNION_BY_NAME);
        LakeInputs.load(connection, input(models, "stg_kpi_run_drops"), input.history().dropFiles(),
                LakeInputs.UNION_BY_NAME);
        LedgerCopies.load(connection, input);
        BuildRecord.write(connection, input.run(), inputDigest(input), models.stream()
                .filter(m -> m.folder().equals("kpi")).map(Model::script).toList());
        return changed;
    }

    private static boolean kept(Model table) {
        return table.header().schema().equals(BuildState.SCHEMA);
    }

    private static Model input(List<Model> models, String name) {
        return models.stream().filter(m -> m.isInput() && m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no input model " + name));
    }

    /**
     * The digest of the build's SQL (the macros, the models, the scopes of an update) and of the DuckDB version
     * running it: a warehouse whose state was built with the same digest can be updated.
     */
    static String sqlDigest(String duckDbVersion) {
        MessageDigest sha256 = sha256();
        for (String resource : SCHEMA) {
            update(sha256, SqlScript.load(resource).text());
        }
        for (Model model : Models.discover()) {
            update(sha256, model.script().text());
        }
        for (String scope : Scopes.declared(Models.discover())) {
            update(sha256, Scopes.script(scope).text());
        }
        update(sha256, duckDbVersion);
        return HexFormat.of().formatHex(sha256.digest());
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
        for (String resource : SCHEMA) {
            update(sha256, SqlScript.load(resource).text());
        }
        for (Model model : Models.discover()) {
            update(sha256, model.script().text());
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

    /**
     * The staging table of a registered feed, {@code stg_<feed>}: an input model of the build (by convention
     * {@code sql/staging/stg_<feed>.sql}, from any jar of the class path, like the feed's registration).
     */
    private static String stagingTable(String feed, List<Model> models) {
        String table = "stg_" + feed;
        if (models.stream().noneMatch(model -> model.isInput() && model.name().equals(table))) {
            throw new IllegalStateException("the feed " + feed + " is registered, but no input model creates its "
                    + "staging table " + table + " (sql/staging/" + table + ".sql with the header line '-- input: "
                    + "lake/" + feed + "')");
        }
        return table;
    }

    /**
     * The data dictionary: each model's description and column comments, from its header, in one transaction
     * (~300 of them: one commit, not one each).
     */
    private static void comment(Connection connection, List<Model> models) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (Model model : models) {
                for (String comment : model.comments()) {
                    try {
                        statement.execute(comment);
                    } catch (SQLException e) {
                        throw new SQLException("sql/" + model.script().resource() + ": its header's comment failed ("
                                + FirstLine.of(e) + "): " + comment, e);
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
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

    /** Removes a DuckDB file and its write-ahead log. */
    public static void deleteDatabase(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(DuckDb.writeAheadLog(file));
    }
}
