package kr.aiacademy.etl.pipeline.inbox;

/** Where a drop stands in the ledger. */
public enum DropStatus {
    /** Accepted and unpacked into the landing area; its rows are not in the lake yet. */
    LANDED,
    /** Its rows (valid and rejected) are in the lake. */
    LOADED,
    /** Same bytes as a drop already accepted; not loaded again. */
    DUPLICATE,
    /** Unsafe, corrupt or unreadable as a whole; copied to quarantine with the reason. */
    REJECTED,
    /**
     * Replaced by a correction (the same name, other bytes): its rows leave the warehouse, its lake file stays for
     * audit. A drop still LANDED is superseded when its correction lands, a LOADED one when its correction loads.
     */
    SUPERSEDED
}
