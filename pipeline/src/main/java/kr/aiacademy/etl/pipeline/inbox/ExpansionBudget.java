package kr.aiacademy.etl.pipeline.inbox;

/**
 * Counts bytes as they come out of a drop and rejects it the moment a limit is passed.
 * Bytes of entries that are decoded but not kept (skipped tar entries) count as well.
 */
final class ExpansionBudget {

    private final UnpackLimits limits;
    private final long dropSize;
    private final long ratioCeiling;
    private long written;
    private long discarded;

    ExpansionBudget(UnpackLimits limits, long dropSize) {
        this.limits = limits;
        this.dropSize = dropSize;
        this.ratioCeiling = saturatedMultiply(limits.maxRatio(), dropSize);
    }

    /** Checks an entry's declared size up front; never the only check. */
    void checkDeclared(long declaredSize) throws DropRejectedException {
        if (declaredSize > 0) {
            check(total(), declaredSize);
        }
    }

    /** Accounts for n bytes about to be written; throws before they are. */
    void write(int n) throws DropRejectedException {
        check(total(), n);
        written += n;
    }

    /** Accounts for n bytes decoded and thrown away. */
    void discard(int n) throws DropRejectedException {
        check(total(), n);
        discarded += n;
    }

    long written() {
        return written;
    }

    private long total() {
        return written + discarded;
    }

    private void check(long before, long more) throws DropRejectedException {
        long after = before + more < 0 ? Long.MAX_VALUE : before + more;
        if (after > limits.maxExpandedBytes()) {
            throw new DropRejectedException("expanded size passes the limit of " + limits.maxExpandedBytes()
                    + " bytes");
        }
        if (after > ratioCeiling) {
            throw new DropRejectedException("expansion ratio passes " + limits.maxRatio()
                    + ":1 (decompression bomb): " + after + " bytes out of a " + dropSize + " byte drop");
        }
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
