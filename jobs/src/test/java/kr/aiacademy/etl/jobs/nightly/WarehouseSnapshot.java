package kr.aiacademy.etl.jobs.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.warehouse.query.DuckDb;

/** The whole content of a published warehouse as text: every table and view, rows sorted. */
final class WarehouseSnapshot {

    private WarehouseSnapshot() {
    }

    static String of(Path dataDir) throws Exception {
        StringBuilder snapshot = new StringBuilder();
        try (Connection connection = DuckDb.openReadOnly(WarehouseQueries.published(dataDir))) {
            List<List<String>> relations = WarehouseQueries.query(connection, "select table_name from "
                    + "information_schema.tables where table_schema = 'main' order by 1");
            for (List<String> relation : relations) {
                snapshot.append("## ").append(relation.get(0)).append('\n');
                for (List<String> row : WarehouseQueries.query(connection,
                        "select * from " + relation.get(0) + " order by all")) {
                    snapshot.append(row).append('\n');
                }
            }
        }
        return snapshot.toString();
    }
}
