package io.pcrfd.pcrf.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * This node's Diameter identity, sockets and peers. Identity (who we are) and transport
 * limits are kept here; thread pools are deliberately not configurable (one event loop per
 * core owns each peer connection, and handlers never block it).
 *
 * @param originHost         Origin-Host of everything we send (RFC 6733 §6.3)
 * @param originRealm        Origin-Realm (RFC 6733 §6.4)
 * @param listen             the sockets to accept connections on; empty means dial only
 * @param tls                certificate, key and trust for TLS sockets
 * @param peers              peers we know (and dial when {@code connect})
 * @param allowUnknownPeers  accept CER from hosts not listed in {@code peers}; when false
 *                           they get 3010 DIAMETER_UNKNOWN_PEER (RFC 6733 §5.3)
 * @param maxMessageSize     larger messages are refused (the length field allows 16 MiB)
 * @param maxInFlightPerPeer requests we have sent and not yet seen answered, per peer; also
 *                           received requests being handled per peer (3004 beyond), checked
 *                           after decoding, unlike {@code overload}
 * @param requestTimeout     how long we wait for an answer: RFC 4006 §13 Tx, 10 s suggested
 * @param productName        Product-Name in CER/CEA
 * @param vendorId           Vendor-Id in CER/CEA (0: no vendor, as for IETF software)
 * @param firmwareRevision   Firmware-Revision in CER/CEA
 * @param overload           admission control and RFC 7683 overload reports
 */
public record DiameterConfig(String originHost, String originRealm, List<ListenConfig> listen,
                             TlsConfig tls, List<PeerConfig> peers, boolean allowUnknownPeers,
                             DataSize maxMessageSize, int maxInFlightPerPeer, Duration requestTimeout,
                             String productName, long vendorId, long firmwareRevision, OverloadConfig overload) {
    public static final String DEFAULT_ORIGIN_HOST = "pcrf.pcrfd.local";
    public static final String DEFAULT_ORIGIN_REALM = "pcrfd.local";
    public static final boolean DEFAULT_ALLOW_UNKNOWN_PEERS = true;
    public static final DataSize DEFAULT_MAX_MESSAGE_SIZE = DataSize.ofBytes(1L << 20);
    /** The Message Length field is 24 bits (RFC 6733 §3). */
    public static final DataSize MAX_MESSAGE_SIZE_LIMIT = DataSize.ofBytes((1L << 24) - 1);
    public static final int DEFAULT_MAX_IN_FLIGHT_PER_PEER = 10_000;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final String DEFAULT_PRODUCT_NAME = "pcrfd";
    public static final long DEFAULT_VENDOR_ID = 0;
    public static final long DEFAULT_FIRMWARE_REVISION = 1;

    public DiameterConfig {
        Checks.diameterIdentity(originHost, "originHost");
        Checks.diameterIdentity(originRealm, "originRealm");
        listen = List.copyOf(listen);
        peers = List.copyOf(peers);
        InvalidValueException.check(maxMessageSize.bytes() >= 20
                && maxMessageSize.compareTo(MAX_MESSAGE_SIZE_LIMIT) <= 0, "maxMessageSize",
                "must be between 20B (a header) and 16MiB, got " + maxMessageSize);
        Checks.atLeast(maxInFlightPerPeer, 1, "maxInFlightPerPeer");
        Checks.positive(requestTimeout, "requestTimeout");
        Checks.notBlank(productName, "productName");
        InvalidValueException.check(vendorId >= 0 && vendorId <= 0xFFFF_FFFFL, "vendorId",
                "must be an Unsigned32, got " + vendorId);
        InvalidValueException.check(firmwareRevision >= 0 && firmwareRevision <= 0xFFFF_FFFFL,
                "firmwareRevision", "must be an Unsigned32, got " + firmwareRevision);
        uniqueHosts(peers);
        InvalidValueException.check(overload != null, "overload", "must not be empty");
    }

    public static DiameterConfig defaults() {
        return new DiameterConfig(DEFAULT_ORIGIN_HOST, DEFAULT_ORIGIN_REALM,
                List.of(ListenConfig.defaults()), TlsConfig.defaults(), List.of(),
                DEFAULT_ALLOW_UNKNOWN_PEERS, DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_IN_FLIGHT_PER_PEER,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_PRODUCT_NAME, DEFAULT_VENDOR_ID, DEFAULT_FIRMWARE_REVISION,
                OverloadConfig.defaults());
    }

    /** True when any socket or peer uses TLS, so {@code tls} must name a certificate and key. */
    public boolean usesTls() {
        return listen.stream().anyMatch(ListenConfig::tls) || peers.stream().anyMatch(PeerConfig::tls);
    }

    /** The peer entry for {@code host}, case-insensitively as DiameterIdentity compares. */
    public PeerConfig peer(String host) {
        return peers.stream().filter(p -> p.host().equalsIgnoreCase(host)).findFirst().orElse(null);
    }

    DiameterConfig resolveAgainst(Path dir) {
        return new DiameterConfig(originHost, originRealm, listen, tls.resolveAgainst(dir), peers,
                allowUnknownPeers, maxMessageSize, maxInFlightPerPeer, requestTimeout, productName,
                vendorId, firmwareRevision, overload);
    }

    private static void uniqueHosts(List<PeerConfig> peers) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < peers.size(); i++) {
            String host = peers.get(i).host();
            InvalidValueException.check(host == null || seen.add(host.toLowerCase()),
                    "peers[" + i + "].host", "peer '" + host + "' is listed twice");
        }
    }
}
