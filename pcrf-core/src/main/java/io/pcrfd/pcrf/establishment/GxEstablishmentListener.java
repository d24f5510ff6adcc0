package io.pcrfd.pcrf.establishment;

import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.gx.GxRequest;
import io.pcrfd.pcrf.gx.GxSessionListener;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugs establishment into the Gx application ({@code GxApplication.create(..., other)}): a
 * stored CCR-I may trigger the peer; a new decision is pushed to the linked S9a session as the
 * difference from the QoS rules last sent; a usage report asked of the Gx gateway is asked of
 * the BPCF of each linked S9a session too; the end of a Gx session releases its S9a session. A
 * pending trigger of an ended Gx session is not cancelled here (only the Session-Id is known);
 * its next retry finds no Gx session and marks it FAILED.
 */
public final class GxEstablishmentListener implements GxSessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(GxEstablishmentListener.class);
    private final EstablishmentTrigger trigger;
    private final S9aPolicyPush push;
    private final Store store;

    public GxEstablishmentListener(EstablishmentTrigger trigger, S9aPolicyPush push, Store store) {
        this.trigger = trigger;
        this.push = push;
        this.store = store;
    }

    /** A trigger decided at once (most often: none needed) is logged at once, without a stage more. */
    @Override
    public void established(GxRequest request, IpCanSession session) {
        CompletionStage<TriggerResult> triggered = trigger.onGxSessionEstablished(session);
        if (doneNormally(triggered)) {
            triggered(session, ((CompletableFuture<TriggerResult>) triggered).resultNow(), null);
        } else {
            triggered.whenComplete((r, e) -> triggered(session, r, e));
        }
    }

    /** A plain future completed normally (the JDK's minimal stages, subclasses of it, throw on isDone). */
    private static boolean doneNormally(CompletionStage<?> stage) {
        return stage.getClass() == CompletableFuture.class && ((CompletableFuture<?>) stage).isDone()
                && !((CompletableFuture<?>) stage).isCompletedExceptionally();
    }

    private static void triggered(IpCanSession session, TriggerResult r, Throwable e) {
        if (e != null) {
            LOG.warn("Session-Id={} establishment trigger failed: {}", session.sessionId(), e.toString());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("Session-Id={} establishment: {} {}", session.sessionId(), r.outcome(), r.detail());
        }
    }

    /**
     * Only a session linked to an S9a or S9 session has a peer to tell: for the others (most)
     * this returns at once, without reading the store or allocating a stage.
     */
    @Override
    public void decided(IpCanSession session, Optional<Instant> nextChange) {
        if (push.linked(session)) {
            decided(session.sessionId(), nextChange);
        }
    }

    /** Pushes the difference to the linked sessions of the stored session {@code sessionId}. */
    @Override
    public void decided(String sessionId, Optional<Instant> nextChange) {
        store.sessions().get(sessionId)
                .thenCompose(s -> s.map(push::policyDecided).orElse(java.util.concurrent.CompletableFuture.completedFuture(null)))
                .whenComplete((x, e) -> {
                    if (e != null) {
                        LOG.warn("Session-Id={} S9a push failed: {}", sessionId, e.toString());
                    }
                });
    }

    /** Only a session with S9a or S9 links made on this node has a peer to tell (most have none). */
    @Override
    public void ended(String sessionId, String reason) {
        if (!push.linked(sessionId)) {
            return;
        }
        push.release(sessionId).whenComplete((x, e) -> {
            if (e != null) {
                LOG.warn("Session-Id={} S9a release failed: {}", sessionId, e.toString());
            }
        });
    }

    @Override
    public void usageReportRequested(IpCanSession session, java.util.List<String> monitoringKeys) {
        push.requestUsageReport(session, monitoringKeys).whenComplete((x, e) -> {
            if (e != null) {
                LOG.warn("Session-Id={} S9a usage report request failed: {}", session.sessionId(), e.toString());
            }
        });
    }
}
