package io.pcrfd.pcrf.gx;

import io.pcrfd.store.model.IpCanSession;
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
 * The ways a Gx session ends without its gateway saying goodbye (DESIGN.md "PCRF over Gx"):
 * eviction by a new CCR-I for the same UE address, a gateway restart (a higher Origin-State-Id,
 * RFC 6733 §8.16), and the inactivity audit. Each ends the session the same way as a CCR-T:
 * the store closes it and keeps its closed context (seed 004 §2.4), the listener hears of it.
 */
final class SessionHygiene {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHygiene.class);
    /** One audit pass handles at most this many sessions; the next pass takes the rest. */
    static final int AUDIT_BATCH = 1000;
    private final GxContext ctx;
    /** The highest Origin-State-Id seen per gateway since this node started. */
    private final Map<String, Long> originStates = new ConcurrentHashMap<>();

    SessionHygiene(GxContext ctx) {
        this.ctx = ctx;
    }

    /** Closes one session, keeping its context; empty when it was already gone. */
    CompletionStage<Optional<IpCanSession>> close(String sessionId, String reason) {
        Instant now = ctx.now();
        return ctx.store().sessions().close(sessionId, now, now.plus(ctx.settings().contextRetention()))
                .thenApply(closed -> {
                    closed.ifPresent(s -> ctx.listener().ended(sessionId, reason));
                    return closed;
                });
    }

    /** The stale holder of a UE address is closed so the new CCR-I can take it. */
    CompletionStage<Optional<IpCanSession>> evict(IpCanSession stale, String newSessionId) {
        LOG.warn("Session-Id={} evicted: UE address {} is now bound to Session-Id={} (gateway {})",
                stale.sessionId(), stale.ueIpv4() != null ? stale.ueIpv4() : stale.ueIpv6Prefix(), newSessionId,
                stale.gatewayHost());
        return close(stale.sessionId(), "evicted by " + newSessionId);
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
        });
    }

    /**
     * Purges first when a request shows a higher Origin-State-Id than this node has seen from
     * that gateway (or the first one since this node started, as the store may hold sessions
     * from before); otherwise completes at once.
     */
    CompletionStage<Integer> checkOriginState(String originHost, Long originStateId) {
        if (originStateId == null || originStateId == 0) {
            return CompletableFuture.completedFuture(0);
        }
        Long before = originStates.get(originHost);
        if (before != null && before >= originStateId) {
            return CompletableFuture.completedFuture(0);
        }
        return purgeGateway(originHost, originStateId);
    }

    /** Closes sessions not touched for longer than the inactivity timeout; returns how many. */
    CompletionStage<Integer> auditInactive() {
        if (ctx.settings().inactivityTimeout().isZero()) {
            return CompletableFuture.completedFuture(0);
        }
        Instant cutoff = ctx.now().minus(ctx.settings().inactivityTimeout());
        return ctx.store().sessions().findInactiveSince(cutoff, AUDIT_BATCH).thenCompose(silent -> {
            silent.forEach(s -> LOG.warn("Session-Id={} audited away: gateway {} silent since {}", s.sessionId(),
                    s.gatewayHost(), s.updatedAt()));
            return closeAll(silent, "inactive");
        });
    }

    private CompletionStage<Integer> closeAll(List<IpCanSession> sessions, String reason) {
        List<CompletableFuture<Optional<IpCanSession>>> closes = sessions.stream()
                .map(s -> close(s.sessionId(), reason).toCompletableFuture()).toList();
        return CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new))
                .thenApply(v -> (int) closes.stream().filter(f -> f.join().isPresent()).count());
    }
}
