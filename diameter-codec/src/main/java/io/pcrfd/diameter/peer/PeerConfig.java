package io.pcrfd.diameter.peer;

import java.time.Duration;

/**
 * A configured peer (RFC 6733 §2.1, §5.6; RFC 3539 for Tw).
 *
 * @param host     the peer's Origin-Host (case-insensitive, RFC 6733 §5.6.4)
 * @param address  host name or literal address to dial; null for a peer that only connects to us
 * @param port     its port
 * @param realm    its realm, for the realm routing table
 * @param priority lower is preferred among the peers of one realm
 * @param tls      dial with TLS from connect
 * @param mode     whether we dial it or wait for it
 * @param tc       the reconnect timer Tc (RFC 6733 §12; 30 s recommended)
 * @param tw       the watchdog interval Tw (RFC 3539 §3.4.1; 30 s default, never below 6 s,
 *                 jittered by ±2 s on every use)
 * @param tlsName  the name the peer's TLS certificate must present instead of its Origin-Host
 *                 (RFC 6733 §13.1; see {@link TlsOptions#verifyPeerIdentity()}); null: the
 *                 Origin-Host it claims in CER/CEA
 * @param defaultRoute also the route for a Destination-Realm no peer serves (RFC 6733 §2.7, the
 *                 default route): a PCRF behind a Policy DRA reaches gateways and AFs of other
 *                 realms through it
 */
public record PeerConfig(String host, String address, int port, String realm, int priority, boolean tls,
                         Mode mode, Duration tc, Duration tw, String tlsName, boolean defaultRoute) {
    public static final Duration DEFAULT_TC = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TW = Duration.ofSeconds(30);
    /** RFC 3539 §3.4.1: Tw MUST NOT be set below 6 seconds. */
    public static final Duration MIN_TW = Duration.ofSeconds(6);
    public static final int DEFAULT_PRIORITY = 10;

    /** Who opens the transport connection. */
    public enum Mode { CONNECT, WAIT }

    public PeerConfig {
        if (host == null || host.isEmpty() || realm == null || realm.isEmpty()) {
            throw new IllegalArgumentException("peer host and realm are required");
        }
        if (mode == Mode.CONNECT && (address == null || port <= 0 || port > 0xFFFF)) {
            throw new IllegalArgumentException("peer " + host + ": CONNECT needs an address and port");
        }
        if (tc == null || tc.isNegative() || tc.isZero() || tw == null || tw.isNegative() || tw.isZero()) {
            throw new IllegalArgumentException("peer " + host + ": Tc and Tw must be positive");
        }
    }

    /** A peer we dial over TCP, with default priority, Tc and Tw. */
    public static PeerConfig connect(String host, String realm, String address, int port) {
        return new PeerConfig(host, address, port, realm, DEFAULT_PRIORITY, false, Mode.CONNECT, DEFAULT_TC,
                DEFAULT_TW, null, false);
    }

    /** A peer that dials us. */
    public static PeerConfig await(String host, String realm) {
        return new PeerConfig(host, null, 0, realm, DEFAULT_PRIORITY, false, Mode.WAIT, DEFAULT_TC, DEFAULT_TW,
                null, false);
    }

    public PeerConfig withTimers(Duration newTc, Duration newTw) {
        return new PeerConfig(host, address, port, realm, priority, tls, mode, newTc, newTw, tlsName, defaultRoute);
    }

    public PeerConfig withPriority(int newPriority) {
        return new PeerConfig(host, address, port, realm, newPriority, tls, mode, tc, tw, tlsName, defaultRoute);
    }

    public PeerConfig withTls(boolean on) {
        return new PeerConfig(host, address, port, realm, priority, on, mode, tc, tw, tlsName, defaultRoute);
    }

    /** This peer as the default route too ({@code on}), or not. */
    public PeerConfig withDefaultRoute(boolean on) {
        return new PeerConfig(host, address, port, realm, priority, tls, mode, tc, tw, tlsName, on);
    }

    public PeerConfig withTlsName(String name) {
        return new PeerConfig(host, address, port, realm, priority, tls, mode, tc, tw, name, defaultRoute);
    }
}
