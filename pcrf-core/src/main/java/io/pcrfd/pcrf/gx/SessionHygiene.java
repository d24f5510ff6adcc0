package io.pcrfd.pcrf.gx;

import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ways a Gx session ends without its gateway saying goodbye (README "Session hygiene"):
 * eviction by a new CCR-I for the same UE address in the same APN and IP domain (the store
 * hands over only such a holder, {@link IpCanSession#inIpDomain}), a gateway restart (a higher Origin-State-Id,
 * RFC 6733 §8.16), the inactivity audit, and expiry in the store. Each ends the session the
 * same way as a CCR-T (README "Session lifetimes"): the store closes it and keeps its closed
 * context, the listener hears of it (time-of-day schedule, linked S9a/S9 sessions released by
 * RAR), it is counted ({@link SessionEndCounters}) and logged.
 *
 * <p>The store's expiry is set past the inactivity timeout
 * ({@link GxSettings#sessionExpiry}), so the audit ends a silent session first; a session the
 * store expired anyway (the audit did not run for that long: the node or its store was down)
 * is handed over by the store and ended on the audit's next pass. If the store had already
 * lost its record (a Redis TTL), only its Session-Id is left: no closed context, the rest as
 * for any other end.
 */
final class SessionHygiene {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHygiene.class);
    /** One audit pass handles at most this many sessions; the next pass takes the rest. */
    static final int AUDIT_BATCH = 1000;
    private final GxContext ctx;
    private final SessionEndCounters counters = new SessionEndCounters();
    /** The highest Origin-State-Id seen per gateway since this node started. */
    private final Map<String, Long> originStates = new ConcurrentHashMap<>();

    SessionHygiene(GxContext ctx) {
        this.ctx = ctx;
    }

    /** Closes one session, keeping its context; empty when it was already gone. */
    CompletionStage<Optional<IpCanSession>> close(String sessionId, String reason) {
        return close(sessionId, reason, ctx.now());
    }

    /** As {@link #close(String, String)} at {@code now}, the time its caller read. */
    CompletionStage<Optional<IpCanSession>> close(String sessionId, String reason, Instant now) {
        CompletionStage<Optional<IpCanSession>> closing = ctx.store().sessions().close(sessionId, now,
                ctx.settings().contextRetainedUntil(now));
        if (!Stages.done(closing)) {
            return closing.thenCompose(closed -> removeOldContexts(closed.orElse(null), now)
                    .thenApply(x -> ended(sessionId, reason, closed)));
        }
        Optional<IpCanSession> closed = Stages.value(closing);
        CompletionStage<Integer> removed = removeOldContexts(closed.orElse(null), now);
        if (!Stages.done(removed)) {
            return removed.thenApply(x -> ended(sessionId, reason, closed));
        }
        try {
            ended(sessionId, reason, closed);
        } catch (RuntimeException | Error e) {
            // a chained stage would have carried the listener's failure: so does this one
            return CompletableFuture.failedFuture(e);
        }
        return closing; // the store's own stage has the outcome: no stage more
    }

    private Optional<IpCanSession> ended(String sessionId, String reason, Optional<IpCanSession> closed) {
        if (closed.isPresent()) {
            ctx.listener().ended(sessionId, reason);
        }
        return closed;
    }

    private static final CompletionStage<Integer> NOTHING_REMOVED = CompletableFuture.completedFuture(0);

    /**
     * With a removal age set (session context exposure), the subscriber's closed contexts
     * updated longer ago are removed when one of its sessions ends, whatever retention they were
     * stored with. A store failure here is logged and does not fail the session's end.
     */
    private CompletionStage<Integer> removeOldContexts(IpCanSession closed, Instant now) {
        Duration age = ctx.settings().closedRemovalAge();
        if (age == null || closed == null || closed.trafficId() == null) {
            return NOTHING_REMOVED;
        }
        return ctx.store().contexts().removeClosedBefore(closed.trafficId(), now.minus(age))
                .exceptionally(e -> {
                    LOG.warn("Session-Id={} closed contexts older than {} not removed: {}", closed.sessionId(),
                            age, e.toString());
                    return 0;
                });
    }

    /** The stale holder of a UE address in the CCR-I's APN and IP domain is closed so the CCR-I can take it. */
    CompletionStage<Optional<IpCanSession>> evict(IpCanSession stale, String newSessionId) {
        LOG.warn("Session-Id={} evicted: UE address {} in APN {}{} is now bound to Session-Id={} (gateway {})",
                stale.sessionId(), stale.ueIpv4() != null ? stale.ueIpv4() : stale.ueIpv6Prefix(), stale.apn(),
                stale.ipDomainId() == null ? "" : " IP-Domain-Id " + stale.ipDomainId(), newSessionId,
                stale.gatewayHost());
        return close(stale.sessionId(), "evicted by " + newSessionId).thenApply(closed -> {
            closed.ifPresent(s -> counters.evicted());
            return closed;
        });
    }

    /**
     * Purges the sessions a restarted gateway opened before its restart: every session of
     * {@code originHost} stored with an Origin-State-Id below {@code newOriginStateId}.
     * Sessions stored with 0 (the gateway sent none) are kept: 0 means "draw no conclusion".
     */
    CompletionStage<Integer> purgeGateway(String originHost, long newOriginStateId) {
        originStates.merge(originHost, newOriginStateId, Math::max);
        return ctx.store().sessions().findByGateway(originHost).thenCompose(sessions -> {
            List<IpCanSession> old = sessions.stream().filter(s -> s.gatewayOriginStateId() != 0
                    && s.gatewayOriginStateId() < newOriginStateId).toList();
            if (!old.isEmpty()) {
                LOG.warn("gateway {} restarted (Origin-State-Id {}): purging {} older sessions", originHost,
                        newOriginStateId, old.size());
            }
            return closeAll(old, "gateway " + originHost + " restarted");
        }).thenApply(n -> {
            counters.purged(n);
            return n;
        });
    }

    /**
     * Purges first when a request shows a higher Origin-State-Id than this node has seen from
     * that gateway (or the first one since this node started, as the store may hold sessions
     * from before); otherwise completes at once.
     */
    CompletionStage<Integer> checkOriginState(String originHost, Long originStateId) {
        if (originStateId == null || originStateId == 0) {
            return NOTHING_REMOVED;
        }
        Long before = originStates.get(originHost);
        if (before != null && before >= originStateId) {
            return NOTHING_REMOVED;
        }
        return purgeGateway(originHost, originStateId);
    }

    /**
     * One audit pass: ends the sessions the store expired, then (unless the timeout is zero)
     * those not touched for longer than the inactivity timeout; returns how many it ended.
     */
    CompletionStage<Integer> audit() {
        return endExpired().thenCompose(expired -> closeInactive().thenApply(inactive -> expired + inactive));
    }

    private CompletionStage<Integer> closeInactive() {
        if (ctx.settings().inactivityTimeout().isZero()) {
            return CompletableFuture.completedFuture(0);
        }
        Instant cutoff = ctx.now().minus(ctx.settings().inactivityTimeout());
        return ctx.store().sessions().findInactiveSince(cutoff, AUDIT_BATCH).thenCompose(silent -> {
            silent.forEach(s -> LOG.warn("Session-Id={} audited away: gateway {} silent since {}", s.sessionId(),
                    s.gatewayHost(), s.updatedAt()));
            return closeAll(silent, "inactive");
        }).thenApply(n -> {
            counters.inactive(n);
            return n;
        });
    }

    /** Takes what the store expired (already closed there when it still had the record) and ends it. */
    private CompletionStage<Integer> endExpired() {
        Instant now = ctx.now();
        return ctx.store().sessions().takeExpired(now, ctx.settings().contextRetainedUntil(now), AUDIT_BATCH)
                .thenCompose(expired -> {
                    expired.forEach(this::ended);
                    List<CompletableFuture<Integer>> removals = expired.stream().map(e -> removeOldContexts(
                            e.session().orElse(null), now).toCompletableFuture()).toList();
                    return CompletableFuture.allOf(removals.toArray(CompletableFuture[]::new))
                            .thenApply(x -> expired.size());
                });
    }

    private void ended(ExpiredSession e) {
        e.session().ifPresentOrElse(s -> LOG.warn("Session-Id={} expired in the store at {} (gateway {}): ended,"
                + " closed context kept", e.sessionId(), s.expiresAt(), s.gatewayHost()),
                () -> LOG.warn("Session-Id={} expired in the store, which had lost its record: ended without a"
                        + " closed context", e.sessionId()));
        counters.expired();
        ctx.listener().ended(e.sessionId(), "expired");
    }

    SessionEndCounters counters() {
        return counters;
    }

    private CompletionStage<Integer> closeAll(List<IpCanSession> sessions, String reason) {
        List<CompletableFuture<Optional<IpCanSession>>> closes = sessions.stream()
                .map(s -> close(s.sessionId(), reason).toCompletableFuture()).toList();
        return CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new))
                .thenApply(v -> (int) closes.stream().filter(f -> f.join().isPresent()).count());
    }
}
