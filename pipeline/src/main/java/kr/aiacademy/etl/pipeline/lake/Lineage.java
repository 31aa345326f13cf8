package kr.aiacademy.etl.pipeline.lake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where a lake row came from: the drop it was delivered in, when the drop was first seen (its arrival order,
 * stable when the drop is ingested again) and when it was ingested.
 */
public record Lineage(String feed, String dropName, String dropSha256, LocalDate dropDate, int dropSeq,
        LocalDateTime dropSeenAt, LocalDateTime ingestedAt) {
}
