package kr.aiacademy.etl.pipeline.feed;

import java.time.Duration;

/**
 * When a feed is late by default, from its cadence in the contract (dbt's {@code warn_after}/{@code error_after}):
 * its newest drop arrived longer ago than {@code warnAfter} (a warning) or {@code errorAfter} (an error); either
 * may be null. The settings {@code etl.freshness.<feed>.*} override them.
 */
public record Lateness(Duration warnAfter, Duration errorAfter) {

    /** A feed that comes when it comes: never late. */
    public static final Lateness NONE = new Lateness(null, null);
}
