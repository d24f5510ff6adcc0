package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * A known Diameter peer. With {@code connect: true} this node dials it and keeps the
 * connection up, reconnecting every Tc (RFC 6733 §2.1); otherwise the peer is expected to
 * dial in and is merely known (allowed when {@code allowUnknownPeers} is false).
 *
 * @param host    the peer's Origin-Host (DiameterIdentity); required
 * @param address where to dial; {@code null} means resolve {@code host}
 * @param port    the peer's port
 * @param realm   the peer's Origin-Realm, used for realm routing; {@code null} means learn it
 *                from the capabilities exchange
 * @param tls     TLS from the first byte towards this peer
 * @param connect true when this node opens the connection
 * @param tc      the reconnect timer Tc (RFC 6733 §2.1, suggested 30 s)
 * @param tw      the watchdog interval Tw (RFC 3539 §3.4.1: default 30 s, never below 6 s)
 * @param tlsName the DNS name this peer's TLS certificate must present instead of its
 *                Origin-Host (RFC 6733 §13.1); {@code null}: the Origin-Host it claims
 * @param defaultRoute requests for a Destination-Realm that no peer serves go to this peer
 *                (RFC 6733 §2.7, the default route): set it on the Policy DRA a PCRF sits
 *                behind, so its RARs and ASRs reach gateways and AFs of other realms
 */
public record PeerConfig(@Required String host, String address, int port, String realm,
                         boolean tls, boolean connect, Duration tc, Duration tw, String tlsName,
                         boolean defaultRoute) {
    public static final int DEFAULT_PORT = 3868;
    public static final Duration DEFAULT_TC = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TW = Duration.ofSeconds(30);
    /** RFC 3539 §3.4.1: Tw must not be set below 6 seconds. */
    public static final Duration MIN_TW = Duration.ofSeconds(6);

    public PeerConfig {
        if (host != null) {
            Checks.diameterIdentity(host, "host");
        }
        if (realm != null) {
            Checks.diameterIdentity(realm, "realm");
        }
        if (tlsName != null) {
            Checks.diameterIdentity(tlsName, "tlsName");
        }
        Checks.port(port, "port");
        Checks.positive(tc, "tc");
        InvalidValueException.check(tw != null && tw.compareTo(MIN_TW) >= 0, "tw",
                "must be at least 6s (RFC 3539 §3.4.1), got " + (tw == null ? "nothing" : Durations.format(tw)));
    }

    public static PeerConfig defaults() {
        return new PeerConfig(null, null, DEFAULT_PORT, null, false, false, DEFAULT_TC, DEFAULT_TW, null, false);
    }

    /** The address to dial: {@code address}, or the host name when none is given. */
    public String dialAddress() {
        return address != null ? address : host;
    }
}
