package kr.aiacademy.etl.warehouse.serve;

import java.nio.file.Path;

/**
 * How the endpoint runs.
 *
 * @param warehouse the published warehouse file
 * @param bind the address to listen on ({@code 127.0.0.1}, or {@code 0.0.0.0} for the network)
 * @param port the port (0: any free one)
 * @param users who may connect
 * @param tls the certificate and key; null for plaintext (only on a loopback address)
 * @param limits queries and sessions admitted at once, time-outs
 */
public record EndpointSettings(Path warehouse, String bind, int port, Users users, TlsFiles tls, Limits limits) {

    /** With the default limits. */
    public EndpointSettings(Path warehouse, String bind, int port, Users users, TlsFiles tls) {
        this(warehouse, bind, port, users, tls, Limits.DEFAULTS);
    }

    public static final int DEFAULT_PORT = 31337;
    public static final String DEFAULT_BIND = "127.0.0.1";
}
