package kr.aiacademy.etl.warehouse.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * Runs the invariant checks of {@code sql/quality/} on a built, unpublished warehouse. Each check selects
 * {@code (check_name, violations)}; any violation fails the gate and nothing is published.
 */
public final class QualityGate {

    public static final List<String> CHECKS = List.of(
            "quality/unique_keys.sql", "quality/foreign_keys.sql", "quality/invariants.sql");

    private final List<String> checks;
    private final DuckDbResources resources;

    public QualityGate() {
        this(CHECKS, DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** The gate of {@link #CHECKS}, its connection within the given resources. */
    public QualityGate(DuckDbResources resources) {
        this(CHECKS, resources);
    }

    /** A gate with other check files (each under {@code sql/}). */
    public QualityGate(List<String> checks, DuckDbResources resources) {
        this.checks = List.copyOf(checks);
        this.resources = resources;
    }

    /** The number of checks passed; throws when any check finds a violation. */
    public int check(Path warehouse) throws SQLException {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        try (Connection connection = WarehouseReader.open(warehouse, resources);
                Statement statement = connection.createStatement()) {
            for (String resource : checks) {
                for (String sql : SqlScript.load(resource).statements()) {
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        while (rs.next()) {
                            long violations = rs.getLong(2);
                            if (violations == 0) {
                                passed++;
                            } else {
                                failures.add(rs.getString(1) + ": " + violations + " violation(s)");
                            }
                        }
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new QualityGateException(failures);
        }
        return passed;
    }
}
