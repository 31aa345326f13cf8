package kr.aiacademy.etl.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exactly-once record of drops, in the metadata database: a drop is its feed, name and SHA-256. Statements
 * run in the caller's transaction when there is one.
 */
public final class DropLedger {

    private static final String COLUMNS = "drop_id, feed, drop_name, sha256, size_bytes, drop_date, drop_seq, "
            + "status, reason, notes, duplicate_of, rows_loaded, rows_rejected, first_seen_at, loaded_at, "
            + "ingest_date, job_execution_id";

    private static final RowMapper<LedgerEntry> MAPPER = (rs, i) -> new LedgerEntry(rs.getLong("drop_id"),
            rs.getString("feed"), rs.getString("drop_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
            rs.getObject("drop_date", LocalDate.class), (Integer) rs.getObject("drop_seq", Integer.class),
            DropStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("notes"),
            rs.getString("duplicate_of"), rs.getObject("rows_loaded", Long.class),
            rs.getObject("rows_rejected", Long.class), rs.getObject("first_seen_at", LocalDateTime.class),
            rs.getObject("loaded_at", LocalDateTime.class), rs.getObject("ingest_date", LocalDate.class),
            rs.getObject("job_execution_id", Long.class));

    /** The sizes of the reason and notes columns ({@code ledger-schema.sql}). */
    private static final int REASON_LENGTH = 2000;
    private static final int NOTES_LENGTH = 4000;

    private final JdbcClient jdbc;

    public DropLedger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Creates the ledger table when missing. */
    public void initialize() {
        try (InputStream in = DropLedger.class.getResourceAsStream("ledger-schema.sql")) {
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : ddl.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement.trim()).update();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this very file (name and bytes) was handled before: then it is passed over. */
    public boolean isKnown(String feed, String dropName, String sha256) {
        return jdbc.sql("select count(*) from etl_drop_ledger where feed = ? and drop_name = ? and sha256 = ?")
                .params(feed, dropName, sha256).query(Long.class).single() > 0;
    }

    /** The name of an accepted drop (landed or loaded) with the same bytes, if any. */
    public Optional<String> acceptedWithDigest(String feed, String sha256) {
        return jdbc.sql("select drop_name from etl_drop_ledger where feed = ? and sha256 = ? "
                        + "and status in ('LANDED', 'LOADED') order by drop_id")
                .params(feed, sha256).query(String.class).list().stream().findFirst();
    }

    /**
     * Records an entry; a reason or notes longer than their columns are cut (ending in …), never refused. A LANDED
     * entry supersedes the drops of its name that are landed but not loaded yet: they will never load.
     */
    public void record(LedgerEntry e) {
        jdbc.sql("insert into etl_drop_ledger (feed, drop_name, sha256, size_bytes, drop_date, drop_seq, status, "
                        + "reason, notes, duplicate_of, rows_loaded, rows_rejected, first_seen_at, loaded_at, "
                        + "ingest_date, job_execution_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.feed(), e.dropName(), e.sha256(), e.sizeBytes(), e.dropDate(), e.dropSeq(),
                        e.status().name(), fit(e.reason(), REASON_LENGTH), fit(e.notes(), NOTES_LENGTH),
                        e.duplicateOf(), e.rowsLoaded(), e.rowsRejected(), e.firstSeenAt(), e.loadedAt(),
                        e.ingestDate(), e.jobExecutionId())
                .update();
        if (e.status() == DropStatus.LANDED) {
            jdbc.sql("update etl_drop_ledger set status = 'SUPERSEDED' where feed = ? and drop_name = ? "
                            + "and status = 'LANDED' and sha256 <> ?")
                    .params(e.feed(), e.dropName(), e.sha256()).update();
        }
    }

    /** The drop of this name that its correction would replace: landed or loaded, with other bytes. */
    public Optional<LedgerEntry> correctedBy(String feed, String dropName, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where feed = ? and drop_name = ? "
                        + "and sha256 <> ? and status in ('LANDED', 'LOADED') order by drop_id desc")
                .params(feed, dropName, sha256).query(MAPPER).list().stream().findFirst();
    }

    /** Drops of a feed that are landed but not yet in the lake, in the order they must be applied. */
    public List<LedgerEntry> landed(String feed) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where feed = ? and status = 'LANDED' "
                        + "order by drop_date, drop_seq, drop_name, drop_id")
                .param(feed).query(MAPPER).list();
    }

    /**
     * Marks the drop loaded with its counts; in the same transaction the drops of its name loaded before it become
     * SUPERSEDED (a correction replaces them).
     */
    public void markLoaded(long dropId, long rowsLoaded, long rowsRejected, Long jobExecutionId) {
        jdbc.sql("update etl_drop_ledger set status = 'LOADED', rows_loaded = ?, rows_rejected = ?, "
                        + "loaded_at = ?, job_execution_id = ? where drop_id = ?")
                .params(rowsLoaded, rowsRejected, LocalDateTime.now(), jobExecutionId, dropId).update();
        jdbc.sql("update etl_drop_ledger set status = 'SUPERSEDED' where status = 'LOADED' and drop_id < ? and "
                        + "(feed, drop_name) in (select feed, drop_name from etl_drop_ledger where drop_id = ?)")
                .params(dropId, dropId).update();
    }

    /**
     * Marks a landed drop rejected by its ingest, with the reason (its rows are not loaded), in one transaction with
     * what its landing had decided: the files recorded as DUPLICATE of it are rejected too (the same bytes), and the
     * earlier delivery of its name it superseded without being loaded is LANDED again (a rejected correction
     * replaces nothing; it is loaded by the next run).
     */
    public void markRejected(LedgerEntry drop, String reason, Long jobExecutionId) {
        jdbc.sql("update etl_drop_ledger set status = 'REJECTED', reason = ?, job_execution_id = ? where drop_id = ?")
                .params(fit(reason, REASON_LENGTH), jobExecutionId, drop.dropId()).update();
        jdbc.sql("update etl_drop_ledger set status = 'REJECTED', reason = ?, job_execution_id = ? where feed = ? "
                        + "and sha256 = ? and status = 'DUPLICATE' and duplicate_of = ?")
                .params(fit(sameBytesAs(drop, reason), REASON_LENGTH), jobExecutionId,
                        drop.feed(), drop.sha256(), drop.dropName()).update();
        jdbc.sql("update etl_drop_ledger set status = 'LANDED' where drop_id = (select max(drop_id) from "
                        + "etl_drop_ledger where feed = ? and drop_name = ? and status = 'SUPERSEDED' and rows_loaded "
                        + "is null and drop_id < ?) and not exists (select 1 from etl_drop_ledger where feed = ? and "
                        + "drop_name = ? and status = 'LANDED')")
                .params(drop.feed(), drop.dropName(), drop.dropId(), drop.feed(), drop.dropName()).update();
    }

    /** Why a file recorded as DUPLICATE of a drop rejected for {@code reason} is rejected with it. */
    public static String sameBytesAs(LedgerEntry drop, String reason) {
        return "same bytes as " + drop.dropName() + ": " + reason;
    }

    /** The files recorded as DUPLICATE of a drop (the same bytes under other names). */
    public List<LedgerEntry> duplicatesOf(LedgerEntry drop) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where feed = ? and sha256 = ? and status = "
                        + "'DUPLICATE' and duplicate_of = ? order by drop_id")
                .params(drop.feed(), drop.sha256(), drop.dropName()).query(MAPPER).list();
    }

    /** Every entry, in the order drops were first seen. */
    public List<LedgerEntry> all() {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger order by drop_id").query(MAPPER).list();
    }

    public LedgerEntry find(long dropId) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where drop_id = ?").param(dropId)
                .query(MAPPER).single();
    }

    /** Drops handled (landed, loaded, found duplicate or rejected) by one job execution. */
    public List<LedgerEntry> byJobExecution(long jobExecutionId) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where job_execution_id = ? order by drop_id")
                .param(jobExecutionId).query(MAPPER).list();
    }

    /** Loaded drops of every feed whose drop date lies in the range, in the order they were applied. */
    public List<LedgerEntry> loadedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where status = 'LOADED' "
                        + "and drop_date between ? and ? order by feed, drop_date, drop_seq, drop_name, drop_id")
                .params(from, to).query(MAPPER).list();
    }

    /**
     * Puts the loaded drops dated in the range back to LANDED, so the next ingest reads them again from their
     * landed copies (their lake files are rewritten under the same names). Returns how many.
     */
    public int reopenLoadedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("update etl_drop_ledger set status = 'LANDED', rows_loaded = null, rows_rejected = null, "
                        + "loaded_at = null where status = 'LOADED' and drop_date between ? and ?")
                .params(from, to).update();
    }

    /** The landing folders that must stay, as {@code <feed>/<sha256>}: of drops landed, loaded or superseded. */
    public Set<String> landedCopies() {
        return Set.copyOf(jdbc.sql("select distinct feed, sha256 from etl_drop_ledger "
                        + "where status in ('LANDED', 'LOADED', 'SUPERSEDED')")
                .query((rs, i) -> rs.getString(1) + "/" + rs.getString(2)).list());
    }

    /** Loaded drops of a feed (their lake files make up the lake). */
    public List<LedgerEntry> loaded(String feed) {
        return jdbc.sql("select " + COLUMNS + " from etl_drop_ledger where feed = ? and status = 'LOADED' "
                        + "order by drop_date, drop_seq, drop_name, drop_id")
                .param(feed).query(MAPPER).list();
    }

    private static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 2)) ? length - 2 : length - 1;
        return text.substring(0, end) + "…";
    }
}
