package kr.aiacademy.etl.warehouse.build;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One drop of the ledger, as the warehouse's audit views show it. */
public record DropAudit(String feed, String dropName, String sha256, String status, Long rowsLoaded,
        Long rowsRejected, String reason, String notes, String duplicateOf, Long sizeBytes, LocalDate dropDate,
        LocalDateTime firstSeenAt, LocalDateTime loadedAt) {
}
