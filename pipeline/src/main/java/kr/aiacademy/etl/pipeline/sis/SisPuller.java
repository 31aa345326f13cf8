package kr.aiacademy.etl.pipeline.sis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.LandingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the enrollment feed from the source system's table (same columns as the feed), incrementally: only rows
 * whose {@code updated_at} is after the watermark. The pulled rows are landed as one enrollment drop (a CSV file
 * in the feed's format), so they go through the same rules, lake and audit as delivered files; the watermark
 * moves in the same metadata transaction as the ledger entry.
 */
public final class SisPuller {

    private static final Logger log = LoggerFactory.getLogger(SisPuller.class);
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final DataSource source;
    private final String table;
    private final DropLander lander;
    private final Watermarks watermarks;
    private final Path workDir;
    private final Clock clock;

    public SisPuller(DataSource source, String table, DropLander lander, Watermarks watermarks, Path workDir,
            Clock clock) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.source = source;
        this.table = table;
        this.lander = lander;
        this.watermarks = watermarks;
        this.workDir = workDir;
        this.clock = clock;
    }

    /** The watermark's key in the metadata database. */
    public String sourceName() {
        return "sis:" + table;
    }

    /** Pulls the changes since the last pull; returns what happened to the pulled drop, empty if nothing changed. */
    public Optional<LandingEvent> pull(Long jobExecutionId) throws SQLException, IOException {
        Optional<LocalDateTime> since = watermarks.get(sourceName());
        LocalDateTime now = LocalDateTime.now(clock);
        Files.createDirectories(workDir);
        Path file = workDir.resolve("sis_" + table + "_" + STAMP.format(now) + ".csv");
        ResultSetCsv.Written written;
        try (Connection connection = source.getConnection();
                PreparedStatement statement = connection.prepareStatement("select * from " + table
                        + (since.isPresent() ? " where updated_at > ?" : "") + " order by updated_at")) {
            connection.setReadOnly(true);
            statement.setFetchSize(10_000);
            if (since.isPresent()) {
                statement.setObject(1, since.get());
            }
            try (ResultSet rs = statement.executeQuery()) {
                written = ResultSetCsv.write(rs, file);
            }
        }
        if (written.rows() == 0) {
            Files.deleteIfExists(file);
            log.info("SIS pull from {}: no change since {}", table, since.orElse(null));
            return Optional.empty();
        }
        LandingEvent event = lander.landPulled(new EnrollmentFeed(), file, now.toLocalDate(),
                now.toLocalTime().toSecondOfDay(), jobExecutionId);
        if (written.maxUpdatedAt() != null) {
            watermarks.put(sourceName(), written.maxUpdatedAt());
        }
        Files.deleteIfExists(file);
        log.info("SIS pull from {}: {} changed row(s) since {}, drop {} {}", table, written.rows(),
                since.orElse(null), event.dropName(), event.status());
        return Optional.of(event);
    }

}
