package io.pcrfd.diameter.peer;

import java.net.InetAddress;

/**
 * One address the node accepts connections on (RFC 6733 §2.1). IPv4 and IPv6 addresses may be
 * mixed; several may be given.
 *
 * @param address the local address (0.0.0.0 or :: for all)
 * @param port    the port; 0 picks a free one (tests)
 * @param tls     TLS from the first octet (the 5658 style, RFC 6733 §2.1)
 */
public record ListenAddress(InetAddress address, int port, boolean tls) {
    public static final int DEFAULT_PORT = 3868;
    public static final int DEFAULT_TLS_PORT = 5658;

    public ListenAddress {
        if (address == null || port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("bad listen address " + address + " port " + port);
        }
    }

    public static ListenAddress tcp(InetAddress address, int port) {
        return new ListenAddress(address, port, false);
    }

    public static ListenAddress tls(InetAddress address, int port) {
        return new ListenAddress(address, port, true);
    }
}
