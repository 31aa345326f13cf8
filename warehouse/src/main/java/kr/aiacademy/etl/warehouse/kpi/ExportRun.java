package kr.aiacademy.etl.warehouse.kpi;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One export: the job execution writing it (its folder is {@code exports/<run date>/<execution id>/}), the period
 * it reports and when it is written (in the zone people read it in).
 */
public record ExportRun(long executionId, String jobName, ExportPeriod period, OffsetDateTime writtenAt,
        ZoneId zone) {

    public ExportRun {
        writtenAt = writtenAt.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
