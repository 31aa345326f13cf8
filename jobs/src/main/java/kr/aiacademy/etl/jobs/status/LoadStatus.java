package kr.aiacademy.etl.jobs.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.aiacademy.etl.jobs.EtlProperties;
import kr.aiacademy.etl.jobs.control.LoadLock;
import kr.aiacademy.etl.jobs.history.PastRun;
import kr.aiacademy.etl.jobs.history.RunHistory;
import kr.aiacademy.etl.jobs.schedule.ScheduleRegistrar;
import kr.aiacademy.etl.pipeline.feed.FeedRegistry;
import kr.aiacademy.etl.pipeline.feed.FeedSpec;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator asks first: is every feed fresh, how did the last run end, does a load run now, when is the
 * next fire. Read from the metadata database (ledger, job repository, Quartz store) without changing anything.
 */
public record LoadStatus(List<Freshness> feeds, PastRun lastRun, PastRun running, Map<String, Date> nextFires) {

    private static final String NEWEST_DROPS = SqlScript.load("status/newest-drops.sql").text();

    /** Whether a feed is past its error threshold (the status exits 1 then). */
    public boolean late() {
        return feeds.stream().anyMatch(f -> f.verdict() == Freshness.Verdict.ERROR);
    }

    public static LoadStatus of(ApplicationContext context) throws Exception {
        RunHistory history = RunHistory.of(context);
        List<Freshness> feeds = feeds(context);
        List<PastRun> latest = history.latest(1);
        PastRun last = latest.isEmpty() ? null : latest.get(0);
        return new LoadStatus(feeds, last, running(context, last),
                context.getBean(ScheduleRegistrar.class).nextFireTimes());
    }

    /** The freshness of every feed, as of now. */
    public static List<Freshness> feeds(ApplicationContext context) {
        return feeds(context.getBean(EtlProperties.class), context.getBean(JdbcClient.class),
                context.getBean(FeedRegistry.class), LocalDateTime.now());
    }

    /** The freshness of every feed as of {@code now}, from the drop ledger of the metadata database. */
    public static List<Freshness> feeds(EtlProperties settings, JdbcClient metadata, FeedRegistry all,
            LocalDateTime now) {
        record Newest(String dropName, LocalDate dropDate, LocalDateTime arrivedAt) {
        }
        Map<String, Newest> newest = new HashMap<>();
        metadata.sql(NEWEST_DROPS).query((rs, i) -> {
            newest.put(rs.getString("feed"), new Newest(rs.getString("drop_name"),
                    rs.getObject("drop_date", LocalDate.class), rs.getObject("first_seen_at", LocalDateTime.class)));
            return null;
        }).list();
        List<Freshness> feeds = new ArrayList<>();
        for (FeedSpec<?> feed : all.all()) {
            Newest drop = newest.get(feed.name());
            feeds.add(Freshness.of(feed.name(), drop == null ? null : drop.dropName(),
                    drop == null ? null : drop.dropDate(), drop == null ? null : drop.arrivedAt(),
                    settings.freshness(feed), now));
        }
        return feeds;
    }

    /**
     * The run going on now: the latest run when it has not ended and its lock is held. A run that has not ended
     * while nobody holds the lock crashed (the next run resumes it). The lock is only tried then, so a status
     * never stands in the way of a load that starts.
     */
    private static PastRun running(ApplicationContext context, PastRun last) {
        if (last == null || last.endTime() != null) {
            return null;
        }
        try {
            Optional<LoadLock.Lease> lease = context.getBean(LoadLock.class).tryAcquire();
            lease.ifPresent(LoadLock.Lease::close);
            return lease.isPresent() ? null : last;
        } catch (RuntimeException e) {
            return last; // the lock cannot be tried (a read-only data directory): the run may be going on
        }
    }
}
