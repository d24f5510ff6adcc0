package io.pcrfd.store.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Subscriber + APN → the PCRF node that owns their sessions, as a Policy DRA keeps it
 * (TS 29.213 §7.3). Created only if absent so that two racing CCR-Is never split one
 * subscriber across two nodes.
 *
 * @param pcrfNode the owning node's Diameter identity (Origin-Host)
 */
public record SubscriberBinding(SubscriberId subscriber, String apn, String pcrfNode,
                                Instant createdAt, Instant expiresAt) {

    public SubscriberBinding {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(apn, "apn");
        Objects.requireNonNull(pcrfNode, "pcrfNode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
