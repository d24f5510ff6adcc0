package io.pcrfd.pcrf.config;

/**
 * The small admin REST API (re-authorise a session, reload policy, BPCF simulator controls).
 * It has no authentication, so it binds to loopback unless told otherwise.
 *
 * @param address the address to bind
 * @param port    the TCP port
 * @param enabled serve it at all
 */
public record RestConfig(String address, int port, boolean enabled) {
    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final boolean DEFAULT_ENABLED = true;

    public RestConfig {
        Checks.notBlank(address, "address");
        Checks.port(port, "port");
    }

    public static RestConfig defaults() {
        return new RestConfig(DEFAULT_ADDRESS, DEFAULT_PORT, DEFAULT_ENABLED);
    }
}
