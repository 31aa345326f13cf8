package kr.aiacademy.etl.pipeline.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The pseudonym key and whether it was generated on this run. {@link #toString()} never shows the key.
 *
 * @param bytes     the key (copied in and out)
 * @param generated true if the key was generated and written to {@code <stateDir>/pii.key} just now
 */
public record PiiKey(byte[] bytes, boolean generated) {

    /** The key file inside the state directory. */
    public static final String FILE_NAME = "pii.key";

    static final int MIN_CONFIGURED_CHARS = 16;

    public PiiKey {
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
    }

    /**
     * The configured key (UTF-8 bytes, at least 16 characters); if none is configured and it is not
     * required, the hex key in {@code <stateDir>/pii.key}, generated (32 random bytes, file mode 0600)
     * when absent.
     *
     * @throws IllegalArgumentException if the configured key is too short
     * @throws IllegalStateException    if no key is configured but one is required, or the key file is
     *                                  not a hex key
     * @throws java.io.UncheckedIOException if the key file cannot be read or written
     */
    public static PiiKey resolve(String configured, Path stateDir, boolean required) {
        if (configured != null && !configured.isBlank()) {
            if (configured.codePointCount(0, configured.length()) < MIN_CONFIGURED_CHARS) {
                throw new IllegalArgumentException("ETL_PII_KEY must be at least 16 characters");
            }
            return new PiiKey(configured.getBytes(StandardCharsets.UTF_8), false);
        }
        if (required) {
            throw new IllegalStateException(
                    "ETL_PII_KEY is not set: the pseudonym key must come from the environment in this profile");
        }
        Objects.requireNonNull(stateDir, "stateDir");
        return KeyFile.readOrCreate(stateDir, FILE_NAME);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiiKey other && generated == other.generated && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Boolean.hashCode(generated);
    }

    @Override
    public String toString() {
        return "PiiKey[bytes=<" + bytes.length + " bytes>, generated=" + generated + "]";
    }
}
