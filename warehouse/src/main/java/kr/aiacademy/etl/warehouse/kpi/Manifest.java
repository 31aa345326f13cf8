package kr.aiacademy.etl.warehouse.kpi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of an export folder, what makes its figures citable: the execution and job, the period,
 * the as-of time of the warehouse (when it was built) and the time of writing, both in the zone with its offset,
 * the KPI definitions version, whether small cells were suppressed (threshold, method), the drops whose rows are in
 * the warehouse with their SHA-256 (from the ledger, as the warehouse holds it), the rows of each extract and of
 * each warehouse table, and the size and SHA-256 of every other file of the folder. Written last, under a temporary
 * name and renamed.
 */
final class Manifest {

    static final String FILE = "manifest.json";
    static final int VERSION = 1;

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Manifest() {
    }

    static void write(Path folder, Connection warehouse, ExportRun run, Map<String, Long> extractRows)
            throws SQLException, IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("manifest_version", VERSION);
        manifest.put("execution_id", run.executionId());
        manifest.put("job_name", run.jobName());
        ObjectNode period = manifest.putObject("period");
        period.put("kind", run.period().kind());
        period.put("from", run.period().from().toString());
        period.put("to", run.period().to().toString());
        build(manifest, warehouse, run);
        manifest.put("written_at", SECONDS.format(run.writtenAt()));
        manifest.put("time_zone", run.zone().getId());
        ObjectNode suppression = manifest.putObject("suppression");
        suppression.put("applied", run.isPublic());
        if (run.isPublic()) {
            suppression.put("threshold", run.threshold());
            suppression.put("method", Suppression.METHOD);
        }
        drops(manifest.putArray("drops"), warehouse);
        ObjectNode rows = manifest.putObject("row_counts");
        ObjectNode extracts = rows.putObject("extracts");
        extractRows.forEach(extracts::put);
        tables(rows.putObject("warehouse"), warehouse);
        files(manifest.putArray("files"), folder);
        Path target = folder.resolve(FILE);
        Path temporary = KpiExtract.temporary(target);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
        }
        KpiExtract.commit(temporary, target);
    }

    private static void build(ObjectNode manifest, Connection warehouse, ExportRun run) throws SQLException {
        try (Statement statement = warehouse.createStatement(); ResultSet rs = statement.executeQuery(
                "select epoch_ms(built_at), execution_id, definitions_version from etl_build")) {
            rs.next();
            manifest.put("as_of", SECONDS.format(Instant.ofEpochMilli(rs.getLong(1)).atZone(run.zone())));
            long builtBy = rs.getLong(2);
            if (rs.wasNull()) {
                manifest.putNull("built_by_execution_id");
            } else {
                manifest.put("built_by_execution_id", builtBy);
            }
            manifest.put("definitions_version", rs.getString(3));
        }
    }

    private static void drops(ArrayNode drops, Connection warehouse) throws SQLException {
        try (Statement statement = warehouse.createStatement(); ResultSet rs = statement.executeQuery(
                "select feed, drop_name, sha256, rows_loaded from etl_drops where status = 'LOADED' "
                        + "order by feed, drop_name, sha256")) {
            while (rs.next()) {
                ObjectNode drop = drops.addObject();
                drop.put("feed", rs.getString(1));
                drop.put("drop_name", rs.getString(2));
                drop.put("sha256", rs.getString(3));
                drop.put("rows_loaded", rs.getLong(4));
            }
        }
    }

    private static void tables(ObjectNode counts, Connection warehouse) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = warehouse.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select table_name from duckdb_tables() "
                    + "where schema_name = 'main' and not temporary order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
    }

    /** Every file of the folder but the manifest, by path relative to it: bytes and SHA-256. */
    private static void files(ArrayNode files, Path folder) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(Files::isRegularFile).map(folder::relativize)
                    .filter(p -> !p.toString().equals(FILE)).sorted().toList();
        }
        for (Path file : all) {
            ObjectNode entry = files.addObject();
            entry.put("name", file.toString());
            entry.put("bytes", Files.size(folder.resolve(file)));
            entry.put("sha256", sha256(folder.resolve(file)));
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
