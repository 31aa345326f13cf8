package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells a UTF-8 file from one in a feed's declared legacy charset (e.g. MS949): a source system that says
 * CP949 may still deliver UTF-8, which read as CP949 would turn into mojibake or unreadable bytes.
 */
public final class Charsets {

    private static final int BUFFER = 1 << 16;

    private Charsets() {
    }

    /**
     * UTF-8 when the file starts with a UTF-8 byte order mark, or when all of it is strict UTF-8 (no overlong
     * forms, surrogates or code points above U+10FFFF, no sequence cut off at the end) with at least one
     * non-ASCII character; otherwise {@code declared}. A pure-ASCII or empty file gets {@code declared}: it
     * reads the same either way. The file is streamed and the check stops at the first invalid byte.
     */
    public static Charset detect(ByteSource file, Charset declared) throws IOException {
        try (InputStream in = file.open()) {
            return new Utf8Check().run(in) ? StandardCharsets.UTF_8 : declared;
        }
    }

    /** Whether every byte of the file is well-formed UTF-8 (pure ASCII and a leading byte order mark included). */
    public static boolean isUtf8(ByteSource file) throws IOException {
        try (InputStream in = file.open()) {
            return new Utf8Check().valid(in);
        }
    }

    /**
     * A byte-level UTF-8 validator that keeps its state across buffer refills (the ranges are those of the
     * Unicode standard, table 3-7, "well-formed UTF-8 byte sequences").
     */
    private static final class Utf8Check {

        private int pending;
        private int low = 0x80;
        private int high = 0xBF;
        private boolean nonAscii;

        /** Whether the stream is UTF-8: BOM, or valid and not pure ASCII. */
        boolean run(InputStream in) throws IOException {
            byte[] buffer = new byte[BUFFER];
            int n = in.readNBytes(buffer, 0, BUFFER);
            if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                return true;
            }
            while (n > 0) {
                if (!accept(buffer, n)) {
                    return false;
                }
                n = in.read(buffer);
            }
            return pending == 0 && nonAscii;
        }

        /** Whether the whole stream is well-formed UTF-8. */
        boolean valid(InputStream in) throws IOException {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                if (!accept(buffer, n)) {
                    return false;
                }
            }
            return pending == 0;
        }

        private boolean accept(byte[] buffer, int n) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xFF;
                if (pending > 0) {
                    if (b < low || b > high) {
                        return false;
                    }
                    pending--;
                    low = 0x80;
                    high = 0xBF;
                } else if (b >= 0x80 && !lead(b)) {
                    return false;
                }
            }
            return true;
        }

        /** Starts a multi-byte sequence; false for a byte that cannot begin one. */
        private boolean lead(int b) {
            nonAscii = true;
            if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b == 0xE0) {
                expect(2, 0xA0, 0xBF); // no overlong three-byte forms
            } else if (b == 0xED) {
                expect(2, 0x80, 0x9F); // no surrogates
            } else if (b >= 0xE1 && b <= 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (b == 0xF0) {
                expect(3, 0x90, 0xBF); // no overlong four-byte forms
            } else if (b >= 0xF1 && b <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (b == 0xF4) {
                expect(3, 0x80, 0x8F); // nothing above U+10FFFF
            } else {
                return false;
            }
            return true;
        }

        private void expect(int continuations, int firstLow, int firstHigh) {
            pending = continuations;
            low = firstLow;
            high = firstHigh;
        }
    }
}
