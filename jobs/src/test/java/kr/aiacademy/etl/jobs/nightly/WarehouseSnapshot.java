package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * The whole content of a published warehouse as text: for every table and view its number of rows and the MD5 of
 * its rows as text, sorted. DuckDB computes the digests where the data is: the rows themselves as Java strings
 * were ~70 MB for a load of 200,000 applications, seconds of CPU per snapshot; a difference still names the
 * relation.
 */
public final class WarehouseSnapshot {

    /** Columns that say when this data directory saw or loaded something, not what the data is. */
    private static final List<String> RUN_TIMES = List.of("first_seen_at", "loaded_at", "ingested_at", "arrived_at");

    /** Columns that say when the warehouse was built (etl_freshness judges the feeds then): new at every build. */
    private static final List<String> BUILD_TIMES = List.of("checked_at", "age_seconds", "age");

    /**
     * Relations that record the runs themselves (the build's run, time and input digest, the KPI history of earlier
     * runs).
     */
    private static final List<String> RUN_RECORDS = List.of("etl_build", "kpi_cohort_history", "kpi_run_drops",
            "kpi_cohort_changes");

    private WarehouseSnapshot() {
    }

    /**
     * Everything but the times of the runs and of the build: equal for two data directories loaded from the same
     * drops. Neither form holds the records of the runs ({@link #RUN_RECORDS}).
     */
    public static String content(Path dataDir) throws Exception {
        return of(dataDir, true);
    }

    public static String of(Path dataDir) throws Exception {
        return of(dataDir, false, "main");
    }

    /**
     * {@link #content} of the published models and of the build's own state (the schema build: staged lake rows,
     * kept intermediates), which an update must leave as a full build would too.
     */
    public static String withBuildState(Path dataDir) throws Exception {
        return of(dataDir, true, "main', 'build");
    }

    private static String of(Path dataDir, boolean withoutRunTimes) throws Exception {
        return of(dataDir, withoutRunTimes, "main");
    }

    private static String of(Path dataDir, boolean withoutRunTimes, String schemas) throws Exception {
        StringBuilder snapshot = new StringBuilder();
        try (Connection connection = WarehouseReader.open(WarehouseQueries.published(dataDir))) {
            List<List<String>> relations = WarehouseQueries.query(connection, "select table_schema || '.' || "
                    + "table_name, table_schema, table_name from information_schema.tables where table_schema in ('"
                    + schemas + "') order by 1");
            for (List<String> relation : relations) {
                if (RUN_RECORDS.contains(relation.get(2))) {
                    continue;
                }
                snapshot.append("## ").append(relation.get(0)).append('\n');
                List<String> excluded = new ArrayList<>(BUILD_TIMES);
                if (withoutRunTimes) {
                    excluded.addAll(RUN_TIMES);
                }
                List<List<String>> present = WarehouseQueries.query(connection, "select column_name from "
                        + "information_schema.columns where table_schema = '" + relation.get(1) + "' and table_name = '"
                        + relation.get(2) + "' and "
                        + "column_name in ('" + String.join("', '", excluded) + "')");
                String columns = present.isEmpty() ? "*" : "* exclude (" + present.stream().map(r -> r.get(0))
                        .reduce((a, b) -> a + ", " + b).orElseThrow() + ")";
                List<String> digest = WarehouseQueries.query(connection, "select count(*) || ' rows, md5 ' || "
                        + "md5(coalesce(string_agg(line, chr(10) order by line), '')) from (select row::varchar as "
                        + "line from (select " + columns + " from " + relation.get(0) + ") row)").get(0);
                snapshot.append(digest.get(0)).append('\n');
            }
        }
        return snapshot.toString();
    }
}
