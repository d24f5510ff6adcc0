package io.pcrfd.store.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A reverse-initiated establishment request sent to a peer and not yet answered by its CCR-I
 * (TS 29.215 §A.6.1.1.1). The store keeps at most one PENDING trigger per local IP.
 *
 * @param triggerId  the store key: the id the PCRF assigned (also sent on the wire when the
 *                   encoding carries one)
 * @param targetPeer Diameter identity of the peer asked to open the session (BPCF, V-PCRF, ...)
 * @param attempts   how many times the request has been sent
 * @param deadline   when the peer's CCR-I is due; after it the trigger is retried or failed
 * @param version    assigned by the store for compare-and-set
 */
public record PendingTrigger(String triggerId, TriggerIdentification identification,
                             String targetPeer, int attempts, Instant deadline,
                             TriggerState state, long version, Instant expiresAt) {

    public PendingTrigger {
        Objects.requireNonNull(triggerId, "triggerId");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(targetPeer, "targetPeer");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(expiresAt, "expiresAt");
        state = state == null ? TriggerState.PENDING : state;
    }

    public PendingTrigger withVersion(long newVersion) {
        return new PendingTrigger(triggerId, identification, targetPeer, attempts, deadline,
                state, newVersion, expiresAt);
    }

    /** A copy for the next attempt: attempts + 1 and a new deadline. */
    public PendingTrigger retried(Instant newDeadline) {
        return new PendingTrigger(triggerId, identification, targetPeer, attempts + 1,
                newDeadline, state, version, expiresAt);
    }

    public PendingTrigger withState(TriggerState newState) {
        return new PendingTrigger(triggerId, identification, targetPeer, attempts, deadline,
                newState, version, expiresAt);
    }
}
