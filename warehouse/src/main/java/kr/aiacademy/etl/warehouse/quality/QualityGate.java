package kr.aiacademy.etl.warehouse.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.aiacademy.etl.warehouse.build.DataTest;
import kr.aiacademy.etl.warehouse.build.Models;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import kr.aiacademy.etl.warehouse.query.WarehouseReader;

/**
 * Runs the data tests of the models' headers ({@link DataTest}) on a built, unpublished warehouse. Each test counts
 * the rows breaking it; any violation fails the gate and nothing is published.
 */
public final class QualityGate {

    private final List<DataTest> checks;
    private final int enforced;
    private final DuckDbResources resources;

    public QualityGate() {
        this(DuckDbResources.DUCKDB_DEFAULTS);
    }

    /**
     * The gate of every model's tests, its connection within the given resources. A test the model's declared keys
     * enforce ({@link DataTest#enforcedBy}) holds on every built warehouse and is not run again (the unique tests of
     * the primary keys were a third of the gate's time at 5 M applications).
     */
    public QualityGate(DuckDbResources resources) {
        this(Models.discover().stream().flatMap(m -> m.header().tests().stream()
                .filter(test -> !test.enforcedBy(m.header()))).toList(), checks().size(), resources);
    }

    /** A gate with other checks. */
    public QualityGate(List<DataTest> checks, DuckDbResources resources) {
        this(checks, checks.size(), resources);
    }

    private QualityGate(List<DataTest> checks, int all, DuckDbResources resources) {
        this.checks = List.copyOf(checks);
        this.enforced = all - checks.size();
        this.resources = resources;
    }

    /** The data tests of every model, in build order. */
    public static List<DataTest> checks() {
        return Models.discover().stream().flatMap(m -> m.header().tests().stream()).toList();
    }

    /** The number of checks passed (those the keys enforce too); throws when any check finds a violation. */
    public int check(Path warehouse) throws SQLException {
        List<String> failures = new ArrayList<>();
        int passed = enforced;
        try (Connection connection = WarehouseReader.open(warehouse, resources);
                Statement statement = connection.createStatement()) {
            for (DataTest check : checks) {
                try (ResultSet rs = statement.executeQuery(check.sql())) {
                    rs.next();
                    long violations = rs.getLong(2);
                    if (violations == 0) {
                        passed++;
                    } else {
                        failures.add(check.name() + ": " + violations + " violation(s)");
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
