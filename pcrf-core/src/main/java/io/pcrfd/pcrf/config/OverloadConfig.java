package io.pcrfd.pcrf.config;

import static io.pcrfd.pcrf.config.InvalidValueException.check;

import io.pcrfd.diameter.peer.overload.OverloadOptions;
import java.time.Duration;

/**
 * Overload protection of the Diameter side ({@code diameter.overload}): when requests arrive
 * faster than the node handles them, the excess is refused at once with 3004
 * DIAMETER_TOO_BUSY (RFC 6733 §7.1.3) so that gateways retry elsewhere, instead of waiting in
 * socket buffers until their clients have given up. The design and its measurements are in the
 * codec's peer package documentation.
 *
 * @param enabled           false: no admission control
 * @param maxPendingPerPeer requests received from one peer and not yet answered; more get 3004
 * @param maxPendingPerNode the same over every peer
 * @param maxQueueDelay     when the oldest request waiting on a connection has waited longer,
 *                          requests that start new work (CCR-I, ...) get 3004 at once
 * @param maxRequestAge     a request that waited longer since it was read gets 3004 and is not
 *                          handled (its client has given up)
 * @param doic              RFC 7683 overload reports to peers that announce OC-Supported-Features
 * @param reportValidity    OC-Validity-Duration of those reports (whole seconds, at most 1d)
 */
public record OverloadConfig(boolean enabled, int maxPendingPerPeer, int maxPendingPerNode, Duration maxQueueDelay,
                             Duration maxRequestAge, boolean doic, Duration reportValidity) {
    public static final boolean DEFAULT_ENABLED = true;
    public static final int DEFAULT_MAX_PENDING_PER_PEER = OverloadOptions.DEFAULT_MAX_PENDING_PER_PEER;
    public static final int DEFAULT_MAX_PENDING_PER_NODE = OverloadOptions.DEFAULT_MAX_PENDING_PER_NODE;
    public static final Duration DEFAULT_MAX_QUEUE_DELAY = OverloadOptions.DEFAULT_MAX_QUEUE_DELAY;
    public static final Duration DEFAULT_MAX_REQUEST_AGE = OverloadOptions.DEFAULT_MAX_REQUEST_AGE;
    public static final boolean DEFAULT_DOIC = true;
    public static final Duration DEFAULT_REPORT_VALIDITY = OverloadOptions.DEFAULT_REPORT_VALIDITY;

    public OverloadConfig {
        Checks.atLeast(maxPendingPerPeer, 1, "maxPendingPerPeer");
        Checks.atLeast(maxPendingPerNode, 1, "maxPendingPerNode");
        Checks.positive(maxQueueDelay, "maxQueueDelay");
        Checks.positive(maxRequestAge, "maxRequestAge");
        Checks.notNegative(reportValidity, "reportValidity");
        check(reportValidity.toMillis() % 1000 == 0
                && reportValidity.compareTo(OverloadOptions.MAX_REPORT_VALIDITY) <= 0, "reportValidity",
                "must be whole seconds up to 1d (RFC 7683 §7.4), got " + Durations.format(reportValidity));
    }

    public static OverloadConfig defaults() {
        return new OverloadConfig(DEFAULT_ENABLED, DEFAULT_MAX_PENDING_PER_PEER, DEFAULT_MAX_PENDING_PER_NODE,
                DEFAULT_MAX_QUEUE_DELAY, DEFAULT_MAX_REQUEST_AGE, DEFAULT_DOIC, DEFAULT_REPORT_VALIDITY);
    }

    /** The codec's form. */
    public OverloadOptions options() {
        return new OverloadOptions(enabled, maxPendingPerPeer, maxPendingPerNode, maxQueueDelay, maxRequestAge, doic,
                reportValidity);
    }
}
