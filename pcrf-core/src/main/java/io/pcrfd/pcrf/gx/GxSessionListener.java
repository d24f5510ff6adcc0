package io.pcrfd.pcrf.gx;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.Optional;

/**
 * What other parts of the PCRF hear about Gx sessions: the time-of-day scheduler (a decision's
 * {@code nextChange}), reverse-initiated establishment (a session established with its
 * UE-Local-IP-Address, HeNB-Local-IP-Address and UDP-Source-Port) and clean-up of
 * anything linked to a session. Called after the store has the change; must not block.
 */
public interface GxSessionListener {
    GxSessionListener NONE = new GxSessionListener() {
    };

    /**
     * A listener that tells each of {@code listeners} in turn; a loop over an array per event
     * (this runs several times per Gx request), no lambda.
     */
    static GxSessionListener all(GxSessionListener... listeners) {
        GxSessionListener[] list = java.util.List.of(listeners).toArray(GxSessionListener[]::new);
        return new GxSessionListener() {
            @Override
            public void established(GxRequest request, IpCanSession session) {
                for (GxSessionListener l : list) {
                    l.established(request, session);
                }
            }

            @Override
            public void decided(String sessionId, Optional<Instant> nextChange) {
                for (GxSessionListener l : list) {
                    l.decided(sessionId, nextChange);
                }
            }

            @Override
            public void decided(IpCanSession session, Optional<Instant> nextChange) {
                for (GxSessionListener l : list) {
                    l.decided(session, nextChange);
                }
            }

            @Override
            public void ended(String sessionId, String reason) {
                for (GxSessionListener l : list) {
                    l.ended(sessionId, reason);
                }
            }

            @Override
            public void usageRecorded(String sessionId, SubscriberId subscriber) {
                for (GxSessionListener l : list) {
                    l.usageRecorded(sessionId, subscriber);
                }
            }

            @Override
            public void rulesFailed(String sessionId, java.util.Map<String, Integer> failed) {
                for (GxSessionListener l : list) {
                    l.rulesFailed(sessionId, failed);
                }
            }

            @Override
            public void usageReportRequested(IpCanSession session, java.util.List<String> monitoringKeys) {
                for (GxSessionListener l : list) {
                    l.usageReportRequested(session, monitoringKeys);
                }
            }
        };
    }

    /** A CCR-I was accepted and the session stored. */
    default void established(GxRequest request, IpCanSession session) {
    }

    /** A decision was applied; {@code nextChange} is when it may change by itself. */
    default void decided(String sessionId, Optional<Instant> nextChange) {
    }

    /**
     * A decision was applied and {@code session} is the record stored with it; by default
     * {@link #decided(String, Optional)}. A listener that acts only on some sessions overrides
     * this one, to tell from the record (its linked sessions, say) without a store read
     * whether it has anything to do.
     */
    default void decided(IpCanSession session, Optional<Instant> nextChange) {
        decided(session.sessionId(), nextChange);
    }

    /** The session is gone (CCR-T, eviction, gateway restart, audit, RAA 5002). */
    default void ended(String sessionId, String reason) {
    }

    /**
     * A CCR-U or CCR-T of {@code sessionId} reported usage, now added to the counters of
     * {@code subscriber} (its trafficId), and its CCA is being sent.
     */
    default void usageRecorded(String sessionId, SubscriberId subscriber) {
    }

    /**
     * The PCEF reported PCC rules of the session INACTIVE (Charging-Rule-Report in a RAA or a
     * CCR-U, TS 29.212 §4.5.12): rule name → Rule-Failure-Code (0 when absent).
     */
    default void rulesFailed(String sessionId, java.util.Map<String, Integer> failed) {
    }

    /**
     * The PCRF asks the gateway of {@code session} for a usage report of {@code monitoringKeys}
     * now (RAR with USAGE_MONITORING_REPORT_REQUIRED, TS 29.212 §4.5.16); a peer that also
     * meters the session's usage (the BPCF on a linked S9a session) can be asked too.
     */
    default void usageReportRequested(IpCanSession session, java.util.List<String> monitoringKeys) {
    }
}
