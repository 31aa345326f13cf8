package kr.aiacademy.etl.warehouse.build;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The run a build belongs to, recorded in the warehouse's {@code etl_build} table: the job execution, and the
 * as-of time of its figures in the zone people read them in (the as-of date decides the elapsed share of the
 * fiscal year), to the second. A build outside a job (tests, tools) has no execution id.
 */
public record BuildRun(Long executionId, String jobName, OffsetDateTime builtAt, ZoneId zone) {

    public BuildRun {
        builtAt = builtAt.atZoneSameInstant(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A build outside a job, as of now, in UTC. */
    public static BuildRun unnamed() {
        return new BuildRun(null, null, OffsetDateTime.now(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
