package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.pcrf.gx.GxSessionListener;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.store.model.SySession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gx sessions leaving a Sy session, and OCS restarts (TS 29.219 §4.5, RFC 6733 §8.16).
 *
 * <ul>
 *   <li>A Gx session ends (any way: CCR-T, eviction, audit, RAA 5002): it leaves its owner's Sy
 *       session. When it was the last one, the Sy session ends by STR (Termination-Cause
 *       DIAMETER_LOGOUT) and is forgotten; a shared quota's owner-only session lives as long
 *       as some member's session does. When the counters the remaining sessions need shrank, an
 *       intermediate SLR drops the others.</li>
 *   <li>The OCS restarted: each owner it served is subscribed again (initial SLR, new
 *       Session-Id, the counters its Gx sessions need) and its Gx sessions decided again.</li>
 * </ul>
 */
final class SySessionEnds implements GxSessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SySessionEnds.class);
    private final SyContext ctx;
    private final SyNotifications notifications;

    SySessionEnds(SyContext ctx, SyNotifications notifications) {
        this.ctx = ctx;
        this.notifications = notifications;
    }

    /** Gx session {@code gxSessionId} leaves the Sy session of {@code owner} (queued on that owner). */
    void leave(String owner, String gxSessionId) {
        ctx.queue().run(owner, () -> leaveNow(owner, gxSessionId)).whenComplete((x, t) -> {
            if (t != null) {
                LOG.error("Sy: Gx Session-Id={} could not leave the Sy session of {}: {}", gxSessionId, owner,
                        SyNotifications.why(t));
            }
        });
    }

    @Override
    public void ended(String gxSessionId, String reason) {
        ctx.store().byGxSession(gxSessionId).thenCompose(found -> found.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : ctx.queue().run(found.get().owner(), () -> leaveNow(found.get().owner(), gxSessionId)))
                .whenComplete((x, t) -> {
                    if (t != null) {
                        LOG.error("Sy: Gx Session-Id={} could not leave its Sy session: {}", gxSessionId,
                                SyNotifications.why(t));
                    }
                });
    }

    private CompletionStage<Void> leaveNow(String owner, String gxSessionId) {
        return ctx.store().get(owner).thenCompose(found -> {
            if (found.isEmpty() || !found.get().gxSessions().containsKey(gxSessionId)) {
                return CompletableFuture.completedFuture(null);
            }
            SySession s = found.get();
            Map<String, List<String>> gx = new HashMap<>(s.gxSessions());
            gx.remove(gxSessionId);
            if (gx.isEmpty()) {
                LOG.info("Sy: last Gx session of {} ended: STR for Sy Session-Id={}", owner, s.sessionId());
                return ctx.store().remove(owner).thenAccept(x -> {
                    ctx.pending().ended(owner, "last Gx session ended");
                    notifications.terminate(s, Rfc6733.TerminationCause.DIAMETER_LOGOUT);
                });
            }
            Set<String> wanted = SyClient.union(gx);
            if (wanted.equals(s.counters().keySet())) {
                return ctx.store().put(ctx.with(s, s.sessionId(), s.counters(), gx, s.ocsHost(), s.ocsStateId()));
            }
            return drop(s, gx, wanted);
        });
    }

    /** An intermediate SLR with the smaller list (TS 29.219 §4.5); on failure the record still shrinks. */
    private CompletionStage<Void> drop(SySession s, Map<String, List<String>> gx, Set<String> wanted) {
        DiameterMessage slr = ctx.messages().slr(s.sessionId(), s.ocsHost(), Ts29219.SlRequestType.INTERMEDIATE_REQUEST,
                Policy.subscriptionIdOf(s.owner()), wanted);
        ctx.counters().count(SyCounters.Event.SLR_INTERMEDIATE);
        return ctx.exchange(slr).handle((sla, t) -> sla != null && SyFailure.of(sla) == null
                        ? SyMessages.reports(sla) : Map.<String, SySession.PolicyCounter>of())
                .thenCompose(reported -> ctx.store().put(ctx.with(s, s.sessionId(),
                        SyClient.merge(s.counters(), wanted, reported), gx, s.ocsHost(), s.ocsStateId())));
    }

    /** The OCS {@code host} restarted: every owner it served is subscribed again. */
    void ocsRestarted(String host) {
        ctx.store().all().thenAccept(all -> all.stream().filter(s -> host.equals(s.ocsHost()))
                .forEach(s -> ctx.queue().run(s.owner(), () -> resubscribe(s.owner(), host))))
                .whenComplete((x, t) -> {
                    if (t != null) {
                        LOG.error("Sy: re-subscription after the restart of {} failed: {}", host, SyNotifications.why(t));
                    }
                });
    }

    private CompletionStage<Void> resubscribe(String owner, String host) {
        return ctx.store().get(owner).thenCompose(found -> {
            if (found.isEmpty() || !host.equals(found.get().ocsHost())) {
                return CompletableFuture.completedFuture(null);
            }
            SySession s = found.get();
            String sessionId = ctx.ids().next();
            ctx.counters().count(SyCounters.Event.RESUBSCRIBED_AFTER_OCS_RESTART);
            LOG.info("Sy: OCS {} restarted: new Sy session {} for {} (was {})", host, sessionId, owner, s.sessionId());
            DiameterMessage slr = ctx.messages().slr(sessionId, ctx.config().ocs().host(),
                    Ts29219.SlRequestType.INITIAL_REQUEST, Policy.subscriptionIdOf(owner), s.counters().keySet());
            ctx.counters().count(SyCounters.Event.SLR_INITIAL);
            return ctx.exchange(slr).handle((sla, t) -> sla != null && SyFailure.of(sla) == null ? sla : null)
                    .thenCompose(sla -> {
                        if (sla == null) {
                            LOG.warn("Sy: re-subscription of {} failed; its Gx sessions go on with default statuses", owner);
                            return ctx.store().remove(owner).thenAccept(x -> ctx.pushAll(s));
                        }
                        SySession next = ctx.with(s, sessionId, SyClient.merge(Map.of(), s.counters().keySet(),
                                SyMessages.reports(sla)), s.gxSessions(), SyMessages.originHost(sla),
                                SyMessages.originStateId(sla));
                        return ctx.store().put(next).thenAccept(x -> {
                            ctx.schedulePending(next);
                            CompletableFuture.runAsync(() -> ctx.pushAll(next));
                        });
                    });
        });
    }
}
