package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import java.time.Duration;
import java.util.List;

/**
 * Everything a {@link DiameterNode} needs, immutable, with named defaults. A YAML binder in
 * pcrf-core maps the configuration file onto this.
 *
 * @param identity              who we are
 * @param listen                where we accept connections (empty: client only)
 * @param peers                 configured peers
 * @param allowListEnabled      when true, only configured peers may connect (others get 3010,
 *                              RFC 6733 §5.3); when false any peer is accepted and logged
 * @param maxMessageSize        largest message accepted (framing error 5015 above it)
 * @param maxInFlightPerPeer    requests in progress per connection and direction; beyond it
 *                              incoming requests get 3004 and our sends fail with TOO_BUSY
 * @param requestTimeout        how long a request we send waits for its answer
 * @param duplicateCacheSize    entries of the (Origin-Host, End-to-End) duplicate cache
 * @param duplicateTtl          how long an answer stays in the duplicate cache
 * @param shutdownGrace         how long shutdown waits for in-flight requests and DPA
 * @param tls                   TLS material; null when no TLS is used
 * @param overload              admission control and DOIC (see the package documentation)
 */
public record NodeOptions(LocalIdentity identity, List<ListenAddress> listen, List<PeerConfig> peers,
                          boolean allowListEnabled, int maxMessageSize, int maxInFlightPerPeer,
                          Duration requestTimeout, int duplicateCacheSize, Duration duplicateTtl,
                          Duration shutdownGrace, TlsOptions tls, OverloadOptions overload) {
    public static final boolean DEFAULT_ALLOW_LIST_ENABLED = false;
    public static final int DEFAULT_MAX_MESSAGE_SIZE = DiameterFrameDecoder.DEFAULT_MAX_MESSAGE_LENGTH;
    public static final int DEFAULT_MAX_IN_FLIGHT_PER_PEER = 4096;
    /** RFC 4006 §13 recommends Tx = 10 s for credit control; used for every request. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Answers are kept whole: 16 Ki entries of 1–2 KiB bound the cache near 32 MiB. */
    public static final int DEFAULT_DUPLICATE_CACHE_SIZE = 16_384;
    /** Covers a retransmission after the 10 s request timeout and a failover (RFC 6733 §5.5.4). */
    public static final Duration DEFAULT_DUPLICATE_TTL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

    public NodeOptions {
        if (identity == null) {
            throw new IllegalArgumentException("identity is required");
        }
        listen = List.copyOf(listen);
        peers = List.copyOf(peers);
        if (maxMessageSize < 20 || maxInFlightPerPeer < 1 || duplicateCacheSize < 0) {
            throw new IllegalArgumentException("maxMessageSize, maxInFlightPerPeer or duplicateCacheSize out of range");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        boolean needsTls = listen.stream().anyMatch(ListenAddress::tls) || peers.stream().anyMatch(PeerConfig::tls);
        if (needsTls && tls == null) {
            throw new IllegalArgumentException("a TLS listen address or peer needs TlsOptions");
        }
        if (overload == null) {
            throw new IllegalArgumentException("overload options are required (OverloadOptions.DEFAULTS)");
        }
    }

    /** The options with the default overload protection. */
    public NodeOptions(LocalIdentity identity, List<ListenAddress> listen, List<PeerConfig> peers,
                       boolean allowListEnabled, int maxMessageSize, int maxInFlightPerPeer, Duration requestTimeout,
                       int duplicateCacheSize, Duration duplicateTtl, Duration shutdownGrace, TlsOptions tls) {
        this(identity, listen, peers, allowListEnabled, maxMessageSize, maxInFlightPerPeer, requestTimeout,
                duplicateCacheSize, duplicateTtl, shutdownGrace, tls, OverloadOptions.DEFAULTS);
    }

    /** Defaults for everything but who we are, where we listen and whom we know. */
    public static NodeOptions of(LocalIdentity identity, List<ListenAddress> listen, List<PeerConfig> peers) {
        return of(identity, listen, peers, null);
    }

    /** The same with TLS material (required when a listen address or a peer uses TLS). */
    public static NodeOptions of(LocalIdentity identity, List<ListenAddress> listen, List<PeerConfig> peers,
                                 TlsOptions tls) {
        return new NodeOptions(identity, listen, peers, DEFAULT_ALLOW_LIST_ENABLED, DEFAULT_MAX_MESSAGE_SIZE,
                DEFAULT_MAX_IN_FLIGHT_PER_PEER, DEFAULT_REQUEST_TIMEOUT, DEFAULT_DUPLICATE_CACHE_SIZE,
                DEFAULT_DUPLICATE_TTL, DEFAULT_SHUTDOWN_GRACE, tls);
    }

    public NodeOptions withAllowList(boolean on) {
        return new NodeOptions(identity, listen, peers, on, maxMessageSize, maxInFlightPerPeer, requestTimeout,
                duplicateCacheSize, duplicateTtl, shutdownGrace, tls, overload);
    }

    public NodeOptions withMaxInFlightPerPeer(int n) {
        return new NodeOptions(identity, listen, peers, allowListEnabled, maxMessageSize, n, requestTimeout,
                duplicateCacheSize, duplicateTtl, shutdownGrace, tls, overload);
    }

    public NodeOptions withRequestTimeout(Duration t) {
        return new NodeOptions(identity, listen, peers, allowListEnabled, maxMessageSize, maxInFlightPerPeer, t,
                duplicateCacheSize, duplicateTtl, shutdownGrace, tls, overload);
    }

    public NodeOptions withTls(TlsOptions t) {
        return new NodeOptions(identity, listen, peers, allowListEnabled, maxMessageSize, maxInFlightPerPeer,
                requestTimeout, duplicateCacheSize, duplicateTtl, shutdownGrace, t, overload);
    }

    public NodeOptions withOverload(OverloadOptions o) {
        return new NodeOptions(identity, listen, peers, allowListEnabled, maxMessageSize, maxInFlightPerPeer,
                requestTimeout, duplicateCacheSize, duplicateTtl, shutdownGrace, tls, o);
    }

    public NodeOptions withShutdownGrace(Duration g) {
        return new NodeOptions(identity, listen, peers, allowListEnabled, maxMessageSize, maxInFlightPerPeer,
                requestTimeout, duplicateCacheSize, duplicateTtl, g, tls, overload);
    }
}
