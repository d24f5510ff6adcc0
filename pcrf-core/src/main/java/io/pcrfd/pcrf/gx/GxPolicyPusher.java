package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.model.IpCanSession;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PCRF-initiated policy changes by RAR (TS 29.212 §4.5.2, §5.6.4): decide again for a stored
 * session, send what changed, and apply the RAA.
 *
 * <ul>
 *   <li>RAA 2xxx: the PCEF has the new state; it is stored (compare-and-set, re-read if a CCR
 *       moved the session meanwhile).</li>
 *   <li>RAA 5002 DIAMETER_UNKNOWN_SESSION_ID: the gateway no longer has the session, so the
 *       PCRF drops it too (closed, context kept).</li>
 *   <li>Another result: logged and counted; the stored state stays what the PCEF had.</li>
 *   <li>No RAA (the send stage fails or times out): sent again with the T bit, at most
 *       {@link GxSettings#rarRetries()} more times, then logged and counted.</li>
 *   <li>A decision that now rejects the session: a RAR with Session-Release-Cause
 *       UNSPECIFIED_REASON asks the gateway to end it (§4.5.6.1).</li>
 * </ul>
 * A time-of-day or usage push that changes nothing sends nothing; an operator push always
 * sends, so the operator sees the gateway answer.
 */
public final class GxPolicyPusher {
    private static final Logger LOG = LoggerFactory.getLogger(GxPolicyPusher.class);
    private static final int SESSION_RELEASE_UNSPECIFIED = 0;
    private static final int CAS_ATTEMPTS = 3;

    /** Why a push happens. */
    public enum Reason { OPERATOR, TIME_OF_DAY, BPCF_REJECTION, POLICY_RELOAD }

    /** What came of a push. */
    public enum Outcome { APPLIED, NOTHING_TO_SEND, RELEASE_REQUESTED, SESSION_UNKNOWN, SESSION_REMOVED,
        REFUSED_BY_PCEF, UNANSWERED }

    private final GxContext ctx;
    private final SessionHygiene hygiene;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> send;
    private final EndToEndIds ids;
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param send the peer stack's send: completes with the RAA, or fails (peer down, timeout)
     */
    public GxPolicyPusher(GxSessionService service, Function<DiameterMessage, CompletionStage<DiameterMessage>> send) {
        this.ctx = service.context();
        this.hygiene = service.hygiene();
        this.send = send;
        this.ids = new EndToEndIds(ctx.clock());
    }

    /** RARs that got no RAA after every retry. */
    public long unansweredCount() {
        return unanswered.get();
    }

    /** RARs answered with a result other than success or 5002. */
    public long refusedCount() {
        return refused.get();
    }

    /** Re-decides {@code sessionId} and pushes the change. Never completes exceptionally for RAA trouble. */
    public CompletionStage<Outcome> push(String sessionId, Reason reason) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.SESSION_UNKNOWN);
            }
            IpCanSession s = found.get();
            GxSessionState state = SessionRecords.state(s);
            PolicyRequest request = RequestContext.fromSession(s, CcRequestType.UPDATE);
            return ctx.decide(request, state.policySession(), GxContext.usageOwner(request, sessionId))
                    .thenCompose(d -> switch (d) {
                        case Decision.Reject rej -> release(s, rej);
                        case Decision.Accept acc -> pushAccept(s, state, acc, reason);
                    });
        });
    }

    private CompletionStage<Outcome> release(IpCanSession s, Decision.Reject rej) {
        LOG.info("Session-Id={} policy now rejects the session ({}): asking {} to end it", s.sessionId(),
                rej.reason(), s.gatewayHost());
        DiameterMessage rar = ctx.answers().releaseRar(s.sessionId(), s.gatewayHost(), realm(s), ids.next(),
                SESSION_RELEASE_UNSPECIFIED);
        return exchange(rar, ctx.settings().rarRetries()).thenCompose(raa -> raa == null
                ? CompletableFuture.completedFuture(unanswered(s))
                : onResult(s, raa, () -> CompletableFuture.completedFuture(Outcome.RELEASE_REQUESTED)));
    }

    private CompletionStage<Outcome> pushAccept(IpCanSession s, GxSessionState state, Decision.Accept acc,
                                                Reason reason) {
        PolicyUpdate update = PolicyUpdate.of(acc, state.installed());
        if (update.isEmpty() && reason != Reason.OPERATOR) {
            ctx.listener().decided(s.sessionId(), acc.nextChange());
            return CompletableFuture.completedFuture(Outcome.NOTHING_TO_SEND);
        }
        DiameterMessage rar = ctx.answers().rar(s.sessionId(), s.gatewayHost(), realm(s), ids.next(), update);
        LOG.info("Session-Id={} RAR ({}) to {}", s.sessionId(), reason, s.gatewayHost());
        // listeners hear of the decision once the RAA is handled (not for a session that is gone): after
        // APPLIED the store has the new state, which S9a pushes its difference from (GxSessionListener)
        return exchange(rar, ctx.settings().rarRetries()).thenCompose(raa -> raa == null
                ? CompletableFuture.completedFuture(unanswered(s))
                : onResult(s, raa, () -> applied(s.sessionId(), acc, CAS_ATTEMPTS)))
                .whenComplete((outcome, failure) -> {
                    if (outcome != Outcome.SESSION_REMOVED && outcome != Outcome.SESSION_UNKNOWN) {
                        ctx.listener().decided(s.sessionId(), acc.nextChange());
                    }
                });
    }

    private CompletionStage<Outcome> onResult(IpCanSession s, DiameterMessage raa,
                                              Supplier<CompletionStage<Outcome>> success) {
        long code = resultCode(raa);
        if (code >= 2000 && code < 3000) {
            return success.get();
        }
        if (code == ResultCodes.DIAMETER_UNKNOWN_SESSION_ID) {
            LOG.info("Session-Id={} RAA 5002 from {}: removing the session", s.sessionId(), s.gatewayHost());
            return hygiene.close(s.sessionId(), "RAA 5002").thenApply(x -> Outcome.SESSION_REMOVED);
        }
        refused.incrementAndGet();
        LOG.warn("Session-Id={} RAA from {} refused the RAR with {}", s.sessionId(), s.gatewayHost(), code);
        return CompletableFuture.completedFuture(Outcome.REFUSED_BY_PCEF);
    }

    /** The PCEF applied the RAR: store the decision's target as what it has now. */
    private CompletionStage<Outcome> applied(String sessionId, Decision.Accept acc, int attempts) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.SESSION_UNKNOWN);
            }
            IpCanSession s = found.get();
            GxSessionState was = SessionRecords.state(s);
            GxSessionState next = new GxSessionState(acc.target(), acc.failedRules(), was.ruleFailures(),
                    was.lastRequestNumber(), was.features());
            Instant now = ctx.now();
            PolicyRequest request = RequestContext.fromSession(s, CcRequestType.UPDATE);
            IpCanSession updated = SessionRecords.modified(s, request, next, List.of(), now,
                    ctx.sessionExpiry(now));
            return ctx.store().sessions().update(updated).thenCompose(cas -> cas instanceof CasResult.Stale<?>
                    && attempts > 1 ? applied(sessionId, acc, attempts - 1)
                    : CompletableFuture.completedFuture(cas instanceof CasResult.Applied<?>
                    ? Outcome.APPLIED : Outcome.SESSION_UNKNOWN));
        });
    }

    /** Sends, and on failure re-sends with the T bit (RFC 6733 §5.5.4), {@code retries} more times. */
    private CompletionStage<DiameterMessage> exchange(DiameterMessage rar, int retries) {
        CompletableFuture<DiameterMessage> attempt = send.apply(rar).toCompletableFuture().copy()
                .orTimeout(ctx.settings().rarTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return attempt.handle((raa, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(raa);
            }
            if (retries == 0) {
                return CompletableFuture.<DiameterMessage>completedFuture(null);
            }
            return exchange(rar.withFlags(rar.flags().withRetransmitted(true)), retries - 1);
        }).thenCompose(f -> f);
    }

    private Outcome unanswered(IpCanSession s) {
        unanswered.incrementAndGet();
        LOG.warn("Session-Id={} no RAA from {} after {} retries; giving up", s.sessionId(), s.gatewayHost(),
                ctx.settings().rarRetries());
        return Outcome.UNANSWERED;
    }

    private static String realm(IpCanSession s) {
        return s.gatewayRealm() != null ? s.gatewayRealm() : s.gatewayHost();
    }

    /** Result-Code, else the Experimental-Result-Code (RFC 6733 §7.6); 0 when neither. */
    static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32)
                .or(() -> answer.avp("Experimental-Result").flatMap(e -> e.child("Experimental-Result-Code"))
                        .map(Avp::asUnsigned32))
                .orElse(0L);
    }
}
