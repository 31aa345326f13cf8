package kr.aiacademy.etl.warehouse.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may connect: user names with salted SHA-256 hashes of their passwords (no password is kept in clear);
 * passwords are compared in constant time.
 */
public final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Hash> hashes = new ConcurrentHashMap<>();

    private Users() {
    }

    /** One user with a password (from {@code ETL_SERVE_USER} and {@code ETL_SERVE_PASSWORD}). */
    public static Users of(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a user name and a password are required");
        }
        Users users = new Users();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        users.hashes.put(user, new Hash(salt, digest(salt, password)));
        return users;
    }

    /** Whether the password is this user's. */
    boolean accepts(String user, String password) {
        Hash hash = hashes.get(user);
        if (hash == null) {
            digest(new byte[16], password); // the same work whether or not the user exists
            return false;
        }
        return MessageDigest.isEqual(hash.digest(), digest(hash.salt(), password));
    }

    static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "users " + hashes.keySet();
    }

    private record Hash(byte[] salt, byte[] digest) {

        @Override
        public String toString() {
            return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(digest);
        }
    }
}
