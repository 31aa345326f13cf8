package kr.aiacademy.etl.warehouse.serve;

import java.time.Duration;

/**
 * What one endpoint admits at once.
 *
 * @param maxQueries queries running at the same time (more get a clear error, not a queue)
 * @param maxSessions logged-in clients (a session is a bearer token; it ends after {@code idleSession})
 * @param queryTimeout how long one query may run before it is cancelled
 * @param idleSession how long a session may go without a call before it ends (and a prepared statement unused
 *     that long is closed)
 * @param maxPrepared prepared statements one session holds open (preparing more closes its least recently used)
 * @param resultCacheMegabytes the results kept per published file to answer the same query again (0: none)
 */
public record Limits(int maxQueries, int maxSessions, Duration queryTimeout, Duration idleSession, int maxPrepared,
        int resultCacheMegabytes) {

    public static final int DEFAULT_MAX_QUERIES = 8;
    public static final int DEFAULT_MAX_SESSIONS = 100;
    public static final long DEFAULT_QUERY_TIMEOUT_SECONDS = 300;
    public static final long DEFAULT_IDLE_MINUTES = 30;
    public static final int DEFAULT_MAX_PREPARED = 100;
    public static final int DEFAULT_RESULT_CACHE_MEGABYTES = 64;

    /** Safe for a 2-core host: a handful of BI dashboards, each with a small pool. */
    public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_QUERIES, DEFAULT_MAX_SESSIONS,
            Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS), Duration.ofMinutes(DEFAULT_IDLE_MINUTES),
            DEFAULT_MAX_PREPARED, DEFAULT_RESULT_CACHE_MEGABYTES);

    /** With the default result cache. */
    public Limits(int maxQueries, int maxSessions, Duration queryTimeout, Duration idleSession, int maxPrepared) {
        this(maxQueries, maxSessions, queryTimeout, idleSession, maxPrepared, DEFAULT_RESULT_CACHE_MEGABYTES);
    }

    /** With the default number of prepared statements per session and the default result cache. */
    public Limits(int maxQueries, int maxSessions, Duration queryTimeout, Duration idleSession) {
        this(maxQueries, maxSessions, queryTimeout, idleSession, DEFAULT_MAX_PREPARED);
    }

    /** The result cache's capacity per published file, in bytes. */
    public long resultCacheBytes() {
        return resultCacheMegabytes * 1024L * 1024L;
    }

    @Override
    public String toString() {
        return maxQueries + " queries, " + maxSessions + " sessions, query time-out " + queryTimeout.toSeconds()
                + " s, idle session " + idleSession.toMinutes() + " min, " + maxPrepared
                + " prepared statements per session, result cache " + resultCacheMegabytes + " MB";
    }

    public Limits {
        if (maxQueries < 1 || maxSessions < 1 || maxPrepared < 1 || queryTimeout.isNegative() || queryTimeout.isZero()
                || idleSession.isNegative() || idleSession.isZero() || resultCacheMegabytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxQueries + " queries, "
                    + maxSessions + " sessions, query time-out " + queryTimeout + ", idle session " + idleSession
                    + ", " + maxPrepared + " prepared statements per session, result cache " + resultCacheMegabytes
                    + " MB (0 or more)");
        }
    }
}
