package kr.aiacademy.etl.warehouse.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The endpoint's TLS certificate (chain) and private key, PEM files (the key in PKCS #8).
 *
 * @param certificate the certificate chain, PEM
 * @param key the private key, PEM (PKCS #8)
 */
public record TlsFiles(Path certificate, Path key) {

    /** The SHA-256 fingerprint of the (first) certificate, as browsers and {@code openssl x509 -fingerprint} show it. */
    public String fingerprint() throws IOException {
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return fingerprint(x509.getEncoded());
        } catch (CertificateException e) {
            throw new IOException(certificate + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    static String fingerprint(byte[] der) {
        try {
            return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256").digest(der))
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Both files must be readable. */
    void check() throws IOException {
        for (Path file : new Path[] {certificate, key}) {
            if (!Files.isReadable(file)) {
                throw new IOException("cannot read the TLS file " + file);
            }
        }
    }
}
