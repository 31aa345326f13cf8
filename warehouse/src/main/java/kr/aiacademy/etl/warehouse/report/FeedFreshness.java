package kr.aiacademy.etl.warehouse.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Per feed: its newest loaded drop, when it arrived and how old it is at the report's time, and its drops. */
record FeedFreshness(String feed, String dropName, String dropDate, String arrivedAt, String age, String verdict,
        String loaded, String duplicate, String rejected, String superseded) {

    static List<FeedFreshness> read(Connection connection, ReportRun run) throws SQLException {
        return Rows.list(connection, Rows.report("freshness"), rs -> {
            LocalDateTime arrived = rs.getObject("first_seen_at", LocalDateTime.class);
            // the ledger keeps local times of the machine's zone
            var arrivedAt = arrived == null ? null : arrived.atZone(ZoneId.systemDefault());
            String feed = rs.getString("feed");
            return new FeedFreshness(feed, orNone(rs.getString("drop_name")), orNone(rs.getString("drop_date")),
                    arrivedAt == null ? Figures.NONE : run.shown(arrivedAt),
                    arrivedAt == null ? Figures.NONE : Durations.forPeople(Duration.between(arrivedAt, run.asOf())),
                    run.freshness().getOrDefault(feed, ""), Figures.count(Rows.count(rs, "loaded")),
                    Figures.count(Rows.count(rs, "duplicate")), Figures.count(Rows.count(rs, "rejected")),
                    Figures.count(Rows.count(rs, "superseded")));
        });
    }

    private static String orNone(String value) {
        return value == null ? Figures.NONE : value;
    }
}
