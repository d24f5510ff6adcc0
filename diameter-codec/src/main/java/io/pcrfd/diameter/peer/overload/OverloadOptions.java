package io.pcrfd.diameter.peer.overload;

import java.time.Duration;

/**
 * How a node sheds load it cannot handle in time, immutable, with named defaults. The
 * decisions behind the defaults are in the peer package's documentation.
 *
 * @param enabled           false turns admission control off (only {@code maxInFlightPerPeer}
 *                          of the node options still applies, after decoding)
 * @param maxPendingPerPeer requests received on one connection and not yet answered (waiting
 *                          or being handled); beyond it new requests get 3004 at once
 * @param maxPendingPerNode the same over every connection of the node
 * @param maxQueueDelay     when the oldest request waiting on a connection has waited longer
 *                          than this, requests that start new work (a CCR-I, an AAR, ...) get
 *                          3004 at once; requests of sessions under way are still taken, bounded
 *                          by the counts above and by {@code maxRequestAge}
 * @param maxRequestAge     a request that has waited longer than this since it was read gets
 *                          3004 instead of its handler: its client has given up on it
 * @param doic              answer RFC 7683 OC-Supported-Features, and OC-OLR while overloaded,
 *                          to requests that carry OC-Supported-Features
 * @param reportValidity    OC-Validity-Duration of our overload reports (RFC 7683 §7.4: whole
 *                          seconds, at most 86,400)
 */
public record OverloadOptions(boolean enabled, int maxPendingPerPeer, int maxPendingPerNode, Duration maxQueueDelay,
                              Duration maxRequestAge, boolean doic, Duration reportValidity) {
    public static final int DEFAULT_MAX_PENDING_PER_PEER = 5_000;
    public static final int DEFAULT_MAX_PENDING_PER_NODE = 20_000;
    public static final Duration DEFAULT_MAX_QUEUE_DELAY = Duration.ofMillis(20);
    public static final Duration DEFAULT_MAX_REQUEST_AGE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_REPORT_VALIDITY = Duration.ofSeconds(10);
    /** RFC 7683 §7.4: OC-Validity-Duration is at most 86,400 seconds. */
    public static final Duration MAX_REPORT_VALIDITY = Duration.ofSeconds(86_400);

    public static final OverloadOptions DEFAULTS = new OverloadOptions(true, DEFAULT_MAX_PENDING_PER_PEER,
            DEFAULT_MAX_PENDING_PER_NODE, DEFAULT_MAX_QUEUE_DELAY, DEFAULT_MAX_REQUEST_AGE, true,
            DEFAULT_REPORT_VALIDITY);

    /** No admission control at all: every request is handled, however late. */
    public static final OverloadOptions DISABLED = DEFAULTS.withEnabled(false);

    public OverloadOptions {
        if (maxPendingPerPeer < 1 || maxPendingPerNode < 1) {
            throw new IllegalArgumentException("maxPendingPerPeer and maxPendingPerNode must be at least 1");
        }
        if (!maxQueueDelay.isPositive() || !maxRequestAge.isPositive()) {
            throw new IllegalArgumentException("maxQueueDelay and maxRequestAge must be positive");
        }
        if (reportValidity.isNegative() || reportValidity.compareTo(MAX_REPORT_VALIDITY) > 0
                || reportValidity.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("reportValidity must be whole seconds between 0 and 86400");
        }
    }

    public OverloadOptions withEnabled(boolean on) {
        return new OverloadOptions(on, maxPendingPerPeer, maxPendingPerNode, maxQueueDelay, maxRequestAge, doic,
                reportValidity);
    }

    public OverloadOptions withMaxPending(int perPeer, int perNode) {
        return new OverloadOptions(enabled, perPeer, perNode, maxQueueDelay, maxRequestAge, doic, reportValidity);
    }

    public OverloadOptions withDelays(Duration queueDelay, Duration requestAge) {
        return new OverloadOptions(enabled, maxPendingPerPeer, maxPendingPerNode, queueDelay, requestAge, doic,
                reportValidity);
    }

    public OverloadOptions withDoic(boolean on, Duration validity) {
        return new OverloadOptions(enabled, maxPendingPerPeer, maxPendingPerNode, maxQueueDelay, maxRequestAge, on,
                validity);
    }
}
