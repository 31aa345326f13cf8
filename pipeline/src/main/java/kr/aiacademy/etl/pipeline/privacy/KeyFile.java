package kr.aiacademy.etl.pipeline.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/** Reads or creates the hex key file of {@link PiiKey}. */
final class KeyFile {

    static final int GENERATED_BYTES = 32;
    private static final int MIN_FILE_BYTES = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    static PiiKey readOrCreate(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.exists(file)) {
                return new PiiKey(read(file), false);
            }
            Files.createDirectories(dir);
            byte[] key = new byte[GENERATED_BYTES];
            RANDOM.nextBytes(key);
            if (publish(dir, file, HEX.formatHex(key) + "\n")) {
                return new PiiKey(key, true);
            }
            return new PiiKey(read(file), false); // another process created it first
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key file " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).strip();
        boolean hex = text.length() % 2 == 0 && text.length() >= 2 * MIN_FILE_BYTES;
        for (int i = 0; hex && i < text.length(); i++) {
            hex = HexFormat.isHexDigit(text.charAt(i));
        }
        if (!hex) {
            throw new IllegalStateException(
                    file + " does not hold a hex key of at least " + MIN_FILE_BYTES + " bytes");
        }
        return HEX.parseHex(text);
    }

    /**
     * Writes the content to an owner-only temp file in the same directory and renames it to the key file.
     * Returns false, leaving the existing file alone, if the key file appeared in the meantime.
     */
    private static boolean publish(Path dir, Path file, String content) throws IOException {
        Path tmp = createOwnerOnlyTemp(dir);
        try {
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            try {
                // same directory: a rename; without REPLACE_EXISTING an existing key file is never replaced
                Files.move(tmp, file);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path createOwnerOnlyTemp(Path dir) throws IOException {
        try {
            return Files.createTempFile(dir, ".pii.key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, ".pii.key-", ".tmp");
        }
    }
}
