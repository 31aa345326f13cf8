package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for the endpoint, generated once under the state folder (with the JDK's
 * {@code keytool}) and kept: its fingerprint stays the same across restarts, so clients can pin it. The key is
 * owner-only.
 */
public final class SelfSignedCertificate {

    private SelfSignedCertificate() {
    }

    /** The certificate and key under {@code <state>/serve-tls/}, generated if they are not there yet. */
    public static synchronized TlsFiles ensure(Path stateDir, String hostName) throws IOException {
        Path folder = stateDir.resolve("serve-tls");
        TlsFiles files = new TlsFiles(folder.resolve("certificate.pem"), folder.resolve("key.pem"));
        if (Files.isRegularFile(files.certificate()) && Files.isRegularFile(files.key())) {
            return files;
        }
        Files.createDirectories(folder);
        Path keystore = folder.resolve("generating.p12");
        Files.deleteIfExists(keystore);
        char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        try {
            keytool(keystore, new String(password), hostName);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            Path key = folder.resolve("key.pem.tmp");
            Files.deleteIfExists(key);
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, pem("PRIVATE KEY", store.getKey("etl", password).getEncoded()));
            Files.writeString(files.certificate(), pem("CERTIFICATE", store.getCertificate("etl").getEncoded()));
            Files.move(key, files.key(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return files;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot generate the self-signed certificate: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    private static void keytool(Path keystore, String password, String hostName) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String san = "SAN=dns:localhost,ip:127.0.0.1" + (hostName == null || hostName.isBlank()
                || hostName.equals("localhost") ? "" : hostName.matches("[0-9.:]+") ? ",ip:" + hostName
                : ",dns:" + hostName);
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "etl",
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "3650",
                "-dname", "CN=etl serve", "-ext", san, "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed to generate a certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the certificate", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
