package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.model.SySession.PendingStatus;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the OCS tells the PCRF, and the changes time brings (TS 29.219 §4.5):
 *
 * <ul>
 *   <li>SNR (spending limit report, §4.5): each Policy-Counter-Status-Report replaces the counter's status and its
 *       pending statuses (a report without Pending-Policy-Counter-Information deletes those held
 *       before); answered 2001 once stored, then every Gx session on the owner's counters is
 *       decided again (RAR where its decision changed). An unknown Session-Id: SNA 5002.</li>
 *   <li>SN-Request-Type bit 1, Abort Session Request (§5.3.7, §4.5): the SNA is sent, the Sy
 *       session is ended by STR (Termination-Cause DIAMETER_ADMINISTRATIVE) and forgotten, and
 *       the Gx sessions are decided again without its statuses (default statuses apply). Only
 *       their next Gx request subscribes again: a push never sends an SLR.</li>
 *   <li>A pending status whose Pending-Policy-Counter-Change-Time has come becomes the status
 *       (one timer per owner at its earliest change time, on the node's clock), with pushes.</li>
 *   <li>An OCS that restarted (a new Origin-State-Id, RFC 6733 §8.16) lost its Sy sessions: each
 *       owner served by it is subscribed again with a new initial SLR, with pushes.</li>
 * </ul>
 */
final class SyNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(SyNotifications.class);
    /** SN-Request-Type bit 1: Abort Session Request (§5.3.7). */
    static final long ABORT_SESSION_REQUEST = 0x2;

    private final SyContext ctx;

    SyNotifications(SyContext ctx) {
        this.ctx = ctx;
    }

    /** The dispatcher's handler for SNR; always completes with an SNA. */
    CompletionStage<DiameterMessage> handle(DiameterMessage snr) {
        ctx.counters().count(SyCounters.Event.SNR_RECEIVED);
        String sessionId = snr.sessionId().orElse("");
        return ctx.store().bySessionId(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                ctx.counters().count(SyCounters.Event.SNR_UNKNOWN_SESSION);
                LOG.info("Sy: SNR for unknown Session-Id={}: 5002", sessionId);
                return CompletableFuture.completedFuture(ctx.messages().sna(snr, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID));
            }
            return ctx.queue().run(found.get().owner(), () -> apply(snr, found.get().owner(), sessionId));
        }).exceptionally(t -> {
            LOG.error("Sy: SNR Session-Id={} could not be applied: {}", sessionId, why(t));
            return ctx.messages().sna(snr, ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
        });
    }

    private CompletionStage<DiameterMessage> apply(DiameterMessage snr, String owner, String sessionId) {
        return ctx.store().get(owner).thenCompose(found -> {
            if (found.isEmpty() || !found.get().sessionId().equals(sessionId)) {
                return CompletableFuture.completedFuture(ctx.messages().sna(snr, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID));
            }
            SySession s = found.get();
            Map<String, PolicyCounter> counters = new HashMap<>(s.counters());
            SyMessages.reports(snr).forEach((id, c) -> {
                if (counters.containsKey(id)) {
                    counters.put(id, c);
                }
            });
            SySession next = new SySession(owner, sessionId, s.subscription(), counters, s.gxSessions(), s.ocsHost(),
                    s.ocsStateId(), ctx.expiry());
            long type = snr.avp(Ts29219.SN_REQUEST_TYPE).map(a -> a.asUnsigned32()).orElse(0L);
            if ((type & ABORT_SESSION_REQUEST) != 0) {
                return abort(snr, next);
            }
            return ctx.store().put(next).thenApply(x -> {
                ctx.schedulePending(next);
                CompletableFuture.runAsync(() -> ctx.pushAll(next));
                return ctx.messages().sna(snr, ResultCodes.DIAMETER_SUCCESS);
            });
        });
    }

    private CompletionStage<DiameterMessage> abort(DiameterMessage snr, SySession s) {
        ctx.counters().count(SyCounters.Event.SESSIONS_ABORTED_BY_OCS);
        LOG.info("Sy: the OCS asks to end Sy Session-Id={} of {} (SN-Request-Type bit 1)", s.sessionId(), s.owner());
        return ctx.store().remove(s.owner()).thenApply(x -> {
            ctx.pending().ended(s.owner(), "aborted");
            CompletableFuture.runAsync(() -> {
                terminate(s, Rfc6733.TerminationCause.DIAMETER_ADMINISTRATIVE);
                ctx.pushAll(s);
            });
            return ctx.messages().sna(snr, ResultCodes.DIAMETER_SUCCESS);
        });
    }

    /** Sends the STR that ends {@code s} at the OCS; its answer is only logged. */
    void terminate(SySession s, int cause) {
        ctx.counters().count(SyCounters.Event.STR_SENT);
        ctx.exchange(ctx.messages().str(s.sessionId(), s.ocsHost(), cause)).whenComplete((sta, t) -> {
            if (t != null) {
                LOG.warn("Sy: no STA for Session-Id={}: {}", s.sessionId(), why(t));
            } else if (!ResultCodes.isSuccess(ResultCodes.of(sta))) {
                LOG.info("Sy: STA {} for Session-Id={}", ResultCodes.of(sta), s.sessionId());
            }
        });
    }

    /** The owner's pending statuses whose change time has come become its statuses. */
    void pendingDue(String owner) {
        ctx.queue().run(owner, () -> ctx.store().get(owner).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            SySession s = found.get();
            Instant now = ctx.clock().instant();
            Map<String, PolicyCounter> counters = new HashMap<>();
            int applied = 0;
            for (Map.Entry<String, PolicyCounter> e : s.counters().entrySet()) {
                PolicyCounter c = due(e.getValue(), now);
                applied += c == e.getValue() ? 0 : 1;
                counters.put(e.getKey(), c);
            }
            SySession next = new SySession(owner, s.sessionId(), s.subscription(), counters, s.gxSessions(),
                    s.ocsHost(), s.ocsStateId(), ctx.expiry());
            int n = applied;
            return (n == 0 ? CompletableFuture.<Void>completedFuture(null) : ctx.store().put(next)).thenApply(x -> {
                ctx.schedulePending(n == 0 ? s : next);
                if (n > 0) {
                    ctx.counters().count(SyCounters.Event.PENDING_APPLIED, n);
                    LOG.info("Sy: {} pending counter statuses of {} applied", n, owner);
                    ctx.pushAll(next);
                }
                return null;
            });
        })).whenComplete((x, t) -> {
            if (t != null) {
                LOG.error("Sy: pending statuses of {} could not be applied: {}", owner, why(t));
            }
        });
    }

    /** {@code c} with the latest pending status whose time has come as its status (§4.5, §5.3.5). */
    static PolicyCounter due(PolicyCounter c, Instant now) {
        String status = c.status();
        List<PendingStatus> later = new ArrayList<>();
        for (PendingStatus p : c.pending()) {
            if (p.changeTime().isAfter(now)) {
                later.add(p);
            } else {
                status = p.status();
            }
        }
        return later.size() == c.pending().size() ? c : new PolicyCounter(status, later);
    }

    static String why(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c instanceof java.util.concurrent.TimeoutException ? "timed out" : c.toString();
    }
}
