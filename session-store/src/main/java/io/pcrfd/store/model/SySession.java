package io.pcrfd.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Sy session (TS 29.219 §4.5): the PCRF's subscription to one subscriber's policy counters at
 * the OCS. One per counter owner: the subscriber itself, or the owner of a shared quota whose
 * members are decided on the owner's counters.
 *
 * @param owner         the owner's key as the policy file writes it ({@code imsi:001010000000001})
 * @param sessionId     the Sy Session-Id
 * @param subscription  the Subscription-Id values sent in the SLR
 * @param counters      the subscribed counters by Policy-Counter-Identifier (TS 29.219 §5.3.1)
 * @param gxSessions    the Gx sessions decided on these counters (the owner's and the members'), each
 *                      with the counters its last decision needed; the subscription is their union
 * @param ocsHost       the OCS that answered the last SLA ({@code null} before the first)
 * @param ocsStateId    the Origin-State-Id that OCS announced (0: none), RFC 6733 §8.16
 * @param expiresAt     the store forgets the record then; every write renews it
 */
public record SySession(String owner, String sessionId, List<SubscriberId> subscription,
                        Map<String, PolicyCounter> counters, Map<String, List<String>> gxSessions, String ocsHost,
                        long ocsStateId, Instant expiresAt) {

    public SySession {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        subscription = subscription == null ? List.of() : List.copyOf(subscription);
        counters = counters == null ? Map.of() : Map.copyOf(counters);
        gxSessions = gxSessions == null ? Map.of() : Map.copyOf(gxSessions);
    }

    /**
     * One counter's status and the statuses it will take later (Policy-Counter-Status-Report,
     * TS 29.219 §5.3.3; Pending-Policy-Counter-Information §5.3.5, sorted by change time).
     *
     * @param status  the current Policy-Counter-Status ({@code null}: none reported yet)
     * @param pending later statuses with their change times, earliest first
     */
    public record PolicyCounter(String status, List<PendingStatus> pending) {
        public PolicyCounter {
            pending = pending == null ? List.of() : List.copyOf(pending);
        }
    }

    /** A Policy-Counter-Status that applies from {@code changeTime} on (§5.3.6). */
    public record PendingStatus(String status, Instant changeTime) {
        public PendingStatus {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(changeTime, "changeTime");
        }
    }
}
