package kr.aiacademy.etl.warehouse.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes {@code etl_build}: the run, its as-of time (ISO-8601 with the zone's offset, and as a date in that zone)
 * and the version of the KPI definitions — {@code kpi-} and the first 12 hex digits of the SHA-256 of the KPI
 * model files' text ({@code sql/kpi/*.sql}, in build order), so a changed formula, label or exclusion gives a new
 * version while an unchanged one keeps it.
 */
final class BuildRecord {

    /** ISO-8601 to the second with the offset, e.g. {@code 2026-12-01T21:15:03+09:00}. */
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final String INSERT = "insert into etl_build values (?, ?, ?::timestamptz, ?, ?, ?::date, ?)";

    private BuildRecord() {
    }

    static void write(Connection connection, BuildRun run, List<SqlScript> kpiModels) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (run.executionId() == null) {
                insert.setNull(1, java.sql.Types.BIGINT);
            } else {
                insert.setLong(1, run.executionId());
            }
            insert.setString(2, run.jobName());
            insert.setString(3, run.builtAt().toString());
            insert.setString(4, run.zone().getId());
            insert.setString(5, SECONDS.format(run.builtAt()));
            insert.setString(6, run.builtAt().toLocalDate().toString());
            insert.setString(7, definitionsVersion(kpiModels));
            insert.executeUpdate();
        }
    }

    static String definitionsVersion(List<SqlScript> kpiModels) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SqlScript model : kpiModels) {
                digest.update(model.resource().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(model.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "kpi-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
