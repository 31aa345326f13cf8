package kr.aiacademy.etl.pipeline.inbox;

/**
 * Limits for unpacking one drop.
 *
 * @param maxExpandedBytes most bytes an unpack may produce in total
 * @param maxRatio         most expanded bytes per byte of the drop file (decompression bomb guard)
 */
public record UnpackLimits(long maxExpandedBytes, int maxRatio) {

    private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

    public UnpackLimits {
        if (maxExpandedBytes <= 0) {
            throw new IllegalArgumentException("maxExpandedBytes must be positive, was " + maxExpandedBytes);
        }
        if (maxRatio <= 0) {
            throw new IllegalArgumentException("maxRatio must be positive, was " + maxRatio);
        }
    }

    /** 2 GiB expanded at most, and at most 200 bytes out per byte in. */
    public static UnpackLimits defaults() {
        return new UnpackLimits(TWO_GIB, 200);
    }
}
