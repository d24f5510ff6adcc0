package io.pcrfd.pcrf.config;

/**
 * One listening socket for Diameter over TCP. RFC 6733 §2.1 gives 3868 for TCP and 5658 for
 * TLS/TCP; with {@code tls: true} and no port given we still listen on 3868, because the
 * sample file always writes the port out and a silent port change would surprise more.
 *
 * @param address the local address to bind ({@code 0.0.0.0} for every IPv4 address)
 * @param port    the TCP port
 * @param tls     TLS from the first byte (RFC 6733 §2.1.1) using {@code diameter.tls}
 */
public record ListenConfig(String address, int port, boolean tls) {
    public static final String DEFAULT_ADDRESS = "0.0.0.0";
    public static final int DEFAULT_PORT = 3868;
    public static final int DEFAULT_TLS_PORT = 5658;

    public ListenConfig {
        Checks.notBlank(address, "address");
        Checks.port(port, "port");
    }

    public static ListenConfig defaults() {
        return new ListenConfig(DEFAULT_ADDRESS, DEFAULT_PORT, false);
    }
}
