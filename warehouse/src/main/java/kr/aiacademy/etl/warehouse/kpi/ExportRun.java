package kr.aiacademy.etl.warehouse.kpi;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One export: the job execution writing it (its folder is {@code exports/<run date>/<execution id>/}), the period
 * it reports, when it is written (in the zone people read it in) and, for a public extract, the small-cell
 * threshold (counts from 1 to threshold − 1 are suppressed); {@code null} for an internal extract.
 */
public record ExportRun(long executionId, String jobName, ExportPeriod period, OffsetDateTime writtenAt,
        ZoneId zone, Integer threshold) {

    public ExportRun {
        writtenAt = writtenAt.atZoneSameInstant(zone).toOffsetDateTime();
        if (threshold != null && threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, not " + threshold);
        }
    }

    /** An internal extract (nothing suppressed). */
    public ExportRun(long executionId, String jobName, ExportPeriod period, OffsetDateTime writtenAt, ZoneId zone) {
        this(executionId, jobName, period, writtenAt, zone, null);
    }

    public boolean isPublic() {
        return threshold != null;
    }
}
