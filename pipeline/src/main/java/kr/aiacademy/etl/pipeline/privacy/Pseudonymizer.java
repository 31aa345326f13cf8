package kr.aiacademy.etl.pipeline.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Keyed pseudonyms: HMAC-SHA-256 of a resident registration number's digits. Thread-safe. */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final ThreadLocal<Mac> mac;

    public Pseudonymizer(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new IllegalArgumentException("pseudonym key must not be empty");
        }
        SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
        newMac(spec);
        this.mac = ThreadLocal.withInitial(() -> newMac(spec));
    }

    /**
     * HMAC-SHA-256(key, UTF-8 bytes of the digits). A {@code YYMMDD-NNNNNNN} value is taken without its
     * hyphen, so both spellings of one number give the same pseudonym.
     */
    public byte[] pseudonym(String rrnDigits) {
        Objects.requireNonNull(rrnDigits, "rrnDigits");
        String digits = rrnDigits.length() == 14 && rrnDigits.charAt(6) == '-'
                ? rrnDigits.substring(0, 6).concat(rrnDigits.substring(7))
                : rrnDigits;
        return mac.get().doFinal(digits.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static Mac newMac(SecretKeySpec spec) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(spec);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise " + ALGORITHM, e);
        }
    }
}
