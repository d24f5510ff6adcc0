package io.pcrfd.pcrf.gx;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.Optional;

/**
 * The Gx module's port for modules configured after it: each {@link #add}s a listener while the
 * node is wired, before requests flow. Per event the listeners are read from one volatile array
 * (no lock, no allocation).
 */
public final class GxSessionEvents implements GxSessionListener {
    private volatile GxSessionListener[] listeners = new GxSessionListener[0];

    /** Adds {@code listener}; called while wiring, before the node serves. */
    public synchronized void add(GxSessionListener listener) {
        GxSessionListener[] next = java.util.Arrays.copyOf(listeners, listeners.length + 1);
        next[listeners.length] = listener;
        listeners = next;
    }

    @Override
    public void established(GxRequest request, IpCanSession session) {
        for (GxSessionListener l : listeners) {
            l.established(request, session);
        }
    }

    @Override
    public void decided(String sessionId, Optional<Instant> nextChange) {
        for (GxSessionListener l : listeners) {
            l.decided(sessionId, nextChange);
        }
    }

    @Override
    public void decided(IpCanSession session, Optional<Instant> nextChange) {
        for (GxSessionListener l : listeners) {
            l.decided(session, nextChange);
        }
    }

    @Override
    public void ended(String sessionId, String reason) {
        for (GxSessionListener l : listeners) {
            l.ended(sessionId, reason);
        }
    }

    @Override
    public void usageRecorded(String sessionId, SubscriberId subscriber) {
        for (GxSessionListener l : listeners) {
            l.usageRecorded(sessionId, subscriber);
        }
    }

    @Override
    public void rulesFailed(String sessionId, java.util.Map<String, Integer> failed) {
        for (GxSessionListener l : listeners) {
            l.rulesFailed(sessionId, failed);
        }
    }

    @Override
    public void usageReportRequested(IpCanSession session, java.util.List<String> monitoringKeys) {
        for (GxSessionListener l : listeners) {
            l.usageReportRequested(session, monitoringKeys);
        }
    }
}
