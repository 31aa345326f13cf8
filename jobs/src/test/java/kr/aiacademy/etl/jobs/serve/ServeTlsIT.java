package kr.aiacademy.etl.jobs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.warehouse.query.DuckDb;
import kr.aiacademy.etl.warehouse.serve.EndpointSettings;
import kr.aiacademy.etl.warehouse.serve.SelfSignedCertificate;
import kr.aiacademy.etl.warehouse.serve.SqlEndpoint;
import kr.aiacademy.etl.warehouse.serve.TlsFiles;
import kr.aiacademy.etl.warehouse.serve.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS by default with a self-signed certificate made once; plaintext only on loopback. */
class ServeTlsIT {

    @TempDir
    Path data;

    @Test
    void selfSignedCertificateIsMadeOnceWithAnOwnerOnlyKeyAndIsTheOneServed() throws Exception {
        TlsFiles tls = SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1");
        String fingerprint = tls.fingerprint();

        assertThat(SelfSignedCertificate.ensure(data.resolve("state"), "127.0.0.1").fingerprint())
                .isEqualTo(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.key()))).isEqualTo("rw-------");
        try (SqlEndpoint endpoint = SqlEndpoint.start(settings(tls))) {
            assertThat(servedFingerprint(endpoint.port())).isEqualTo(fingerprint);
            assertThatThrownBy(() -> query("jdbc:arrow-flight-sql://127.0.0.1:" + endpoint.port()
                    + "?useEncryption=false")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void plaintextServesOnLoopbackOnly() throws Exception {
        try (SqlEndpoint endpoint = SqlEndpoint.start(settings(null))) {
            assertThat(query("jdbc:arrow-flight-sql://127.0.0.1:" + endpoint.port() + "?useEncryption=false"))
                    .containsExactly(List.of("1"));
        }
        assertThatThrownBy(() -> SqlEndpoint.start(new EndpointSettings(data.resolve("w.duckdb"), "0.0.0.0", 0,
                Users.of("a", "b"), null))).hasMessage("plaintext is allowed only on a loopback address, not on "
                + "0.0.0.0");
    }

    @Test
    void commandRefusesInsecureOnTheNetworkAndACertificateWithoutKey() {
        Cli insecure = Cli.run("serve", "--data-dir", data.toString(), "--bind", "0.0.0.0", "--insecure");
        Cli half = Cli.run("serve", "--data-dir", data.toString(), "--etl.serve.tls.cert=/tmp/cert.pem");

        assertThat(insecure.status()).isEqualTo(2);
        assertThat(insecure.err().strip()).isEqualTo("error: --insecure (plaintext) is allowed only on a loopback "
                + "--bind such as 127.0.0.1, not 0.0.0.0");
        assertThat(half.status()).isEqualTo(2);
        assertThat(half.err().strip()).isEqualTo("error: a TLS certificate and its key go together: give both "
                + "--tls-cert and --tls-key");
    }

    @BeforeEach
    void anEmptyPublishedWarehouse() throws Exception {
        Files.createDirectories(data.resolve("warehouse"));
        DuckDb.openForBuild(data.resolve("warehouse/warehouse.duckdb")).close();
    }

    private EndpointSettings settings(TlsFiles tls) {
        return new EndpointSettings(data.resolve("warehouse/warehouse.duckdb"), "127.0.0.1", 0,
                Users.of(FlightJdbc.USER, FlightJdbc.PASSWORD), tls);
    }

    private static List<List<String>> query(String url) throws SQLException {
        try (Connection connection = FlightJdbc.connect(url, FlightJdbc.USER, FlightJdbc.PASSWORD)) {
            return FlightJdbc.rows(connection, "select 1");
        }
    }

    /** The SHA-256 fingerprint of the certificate the endpoint presents in its TLS handshake. */
    private static String servedFingerprint(int port) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            javax.net.ssl.SSLParameters parameters = socket.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {"h2"});
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            byte[] der = socket.getSession().getPeerCertificates()[0].getEncoded();
            return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256").digest(der))
                    .toUpperCase(Locale.ROOT);
        }
    }
}
