package kr.aiacademy.etl.pipeline.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of the drop ledger. */
public record LedgerEntry(long dropId, String feed, String dropName, String sha256, long sizeBytes,
        LocalDate dropDate, Integer dropSeq, DropStatus status, String reason, String notes, String duplicateOf,
        Long rowsLoaded, Long rowsRejected, LocalDateTime firstSeenAt, LocalDateTime loadedAt,
        LocalDate ingestDate, Long jobExecutionId) {
}
