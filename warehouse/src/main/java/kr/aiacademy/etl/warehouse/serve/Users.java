package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may connect: user names with salted PBKDF2-HMAC-SHA256 hashes of their passwords (no password is kept in
 * clear), compared in constant time. One user comes from the environment; more may come from a users file, one
 * line per user as {@link #line} writes it: {@code name:pbkdf2-sha256$210000$<salt>$<hash>} (salt and hash in
 * base64). Blank lines and lines starting with {@code #} are skipped.
 */
public final class Users {

    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 210_000;
    static final int MIN_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINE = Pattern.compile("([^:\\s]+):" + Pattern.quote(SCHEME)
            + "\\$(\\d{1,9})\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)");
    /** What an unknown user's password is checked against, so that it takes as long as a known user's. */
    private static final Hash NOBODY = Hash.of("nobody".toCharArray());

    private final Map<String, Hash> hashes;

    private Users(Map<String, Hash> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** One user with a password (from {@code ETL_SERVE_USER} and {@code ETL_SERVE_PASSWORD}). */
    public static Users of(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a user name and a password are required");
        }
        return new Users(Map.of(user, Hash.of(password.toCharArray())));
    }

    /**
     * These users and those of a users file. The file must be readable by its owner only; a line that is not a
     * user, or a user named twice, is refused naming the file and the line.
     */
    public Users withFile(Path file) {
        Map<String, Hash> all = new LinkedHashMap<>(hashes);
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "users file " + file + " line " + (i + 1) + ": ";
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(where + "expected name:" + SCHEME + "$ITERATIONS$SALT$HASH "
                        + "(as ./etl serve --hash-password NAME prints)");
            }
            Hash hash = Hash.parse(matcher, where);
            if (all.putIfAbsent(matcher.group(1), hash) != null) {
                throw new IllegalArgumentException(where + "user " + matcher.group(1) + " is defined twice "
                        + "(in the file, or as ETL_SERVE_USER)");
            }
        }
        return new Users(all);
    }

    /** A users-file line for this user and password, with a new random salt. */
    public static String line(String user, char[] password) {
        if (!user.matches("[^:\\s]+")) {
            throw new IllegalArgumentException("a user name has no colon or space: '" + user + "'");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        return user + ":" + Hash.of(password);
    }

    /** Whether the password is this user's; an unknown user costs the same time as a known one. */
    boolean accepts(String user, String password) {
        Hash hash = hashes.get(user);
        boolean matches = (hash == null ? NOBODY : hash).matches(password.toCharArray());
        return hash != null && matches;
    }

    @Override
    public String toString() {
        return "users " + hashes.keySet();
    }

    private static List<String> read(Path file) {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new IllegalArgumentException("users file " + file + " is readable by other users ("
                            + PosixFilePermissions.toString(permissions) + "): make it owner-only (chmod 600 "
                            + file + ")");
                }
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("users file " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("users file " + file + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new IllegalArgumentException("users file " + file + " cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** A salted PBKDF2-HMAC-SHA256 hash of a password. */
    private record Hash(int iterations, byte[] salt, byte[] hash) {

        static Hash of(char[] password) {
            byte[] salt = new byte[SALT_BYTES];
            RANDOM.nextBytes(salt);
            return new Hash(ITERATIONS, salt, derive(password, salt, ITERATIONS, HASH_BYTES));
        }

        static Hash parse(Matcher line, String where) {
            int iterations = Integer.parseInt(line.group(2));
            if (iterations < MIN_ITERATIONS) {
                throw new IllegalArgumentException(where + iterations + " iterations are too few (at least "
                        + MIN_ITERATIONS + ")");
            }
            try {
                byte[] salt = Base64.getDecoder().decode(line.group(3));
                byte[] hash = Base64.getDecoder().decode(line.group(4));
                if (salt.length < SALT_BYTES || hash.length != HASH_BYTES) {
                    throw new IllegalArgumentException(where + "the salt must be at least " + SALT_BYTES
                            + " bytes and the hash " + HASH_BYTES + " bytes, in base64");
                }
                return new Hash(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new IllegalArgumentException(where + "the salt or the hash is not base64");
            }
        }

        boolean matches(char[] password) {
            return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
        }

        private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
            } finally {
                spec.clearPassword();
            }
        }

        @Override
        public String toString() {
            return SCHEME + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(hash);
        }
    }
}
