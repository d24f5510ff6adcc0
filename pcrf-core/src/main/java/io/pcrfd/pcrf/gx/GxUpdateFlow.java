package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.pcrf.metering.Network;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.ResultCode;
import io.pcrfd.store.CasResult;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CCR-U and CCR-T (TS 29.212 §4.5.2, §4.5.6.2). Usage reports are added to the counters once,
 * before deciding; the decision is then stored by compare-and-set and, if the session moved
 * meanwhile (a RAA applied, another node), decided again on the fresh copy, a bounded number
 * of times. Once the answer is ready, the listener hears that usage was recorded, so that the
 * subscriber's other sessions can be decided again ({@link UsageThresholdPushes}).
 */
final class GxUpdateFlow {
    private static final Logger LOG = LoggerFactory.getLogger(GxUpdateFlow.class);
    static final ResultCode UNKNOWN_SESSION = new ResultCode(0, ResultCodes.DIAMETER_UNKNOWN_SESSION_ID);
    private static final int CAS_ATTEMPTS = 3;
    private final GxContext ctx;
    private final SessionHygiene hygiene;
    private final RecentAnswers recent;

    GxUpdateFlow(GxContext ctx, SessionHygiene hygiene, RecentAnswers recent) {
        this.ctx = ctx;
        this.hygiene = hygiene;
        this.recent = recent;
    }

    CompletionStage<DiameterMessage> update(DiameterMessage ccr, GxRequest r) {
        CompletionStage<Optional<IpCanSession>> found = ctx.store().sessions().get(r.sessionId());
        return Stages.done(found) ? update(ccr, r, Stages.value(found)) : found.thenCompose(f -> update(ccr, r, f));
    }

    private CompletionStage<DiameterMessage> update(DiameterMessage ccr, GxRequest r, Optional<IpCanSession> found) {
        if (found.isEmpty()) {
            return unknown(ccr, r);
        }
        IpCanSession s = found.get();
        GxSessionState state = SessionRecords.state(s);
        if (isStale(r, state)) {
            // a retransmission whose answer this node no longer holds: answer, change nothing
            return CompletableFuture.completedFuture(ctx.answers().success(ccr, r));
        }
        PolicyRequest merged = RequestContext.merge(r.policy(), s);
        CompletionStage<DiameterMessage> answer;
        try {
            String owner = GxContext.usageOwner(merged, r.sessionId());
            CompletionStage<GxContext.Reported> reported = ctx.report(owner, r.sessionId(), r.requestNumber(),
                    merged);
            answer = Stages.done(reported)
                    ? apply(ccr, r, merged, owner, s, state, Stages.value(reported), CAS_ATTEMPTS)
                    : reported.thenCompose(rep -> apply(ccr, r, merged, owner, s, state, rep, CAS_ATTEMPTS));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return usageRecorded(answer, r, merged.usageReports(), GxContext.subscriber(merged.subscriptionIds()));
    }

    CompletionStage<DiameterMessage> terminate(DiameterMessage ccr, GxRequest r) {
        CompletionStage<Optional<IpCanSession>> found = ctx.store().sessions().get(r.sessionId());
        return Stages.done(found) ? terminate(ccr, r, Stages.value(found))
                : found.thenCompose(f -> terminate(ccr, r, f));
    }

    private CompletionStage<DiameterMessage> terminate(DiameterMessage ccr, GxRequest r,
                                                       Optional<IpCanSession> found) {
        if (found.isEmpty()) {
            return recent.wasTerminated(r.sessionId(), r.requestNumber()) ? endedAgain(ccr, r) : unknown(ccr, r);
        }
        IpCanSession s = found.get();
        // only metering reads the context of a CCR-T's reports: else the request is not completed from
        // the stored session, whose subscriber (IMSI, else MSISDN) stands in when the CCR-T names none
        PolicyRequest p = ctx.meters().enabled() ? RequestContext.merge(r.policy(), s) : r.policy();
        SubscriberId subscriber = p.subscriptionIds().isEmpty() ? s.trafficId()
                : GxContext.subscriber(p.subscriptionIds());
        CompletionStage<DiameterMessage> answer;
        Instant now = ctx.now(); // the request's time, read once: usage retention and the close
        try {
            CompletionStage<?> reported = ctx.recordFinal(GxContext.owner(subscriber, r.sessionId()),
                    r.sessionId(), r.requestNumber(), p, now);
            answer = Stages.done(reported) ? close(ccr, r, now) : reported.thenCompose(rep -> close(ccr, r, ctx.now()));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return usageRecorded(answer, r, p.usageReports(), subscriber);
    }

    /** Closes the session of a CCR-T whose final usage is recorded; answers 2001. */
    private CompletionStage<DiameterMessage> close(DiameterMessage ccr, GxRequest r, Instant now) {
        CompletionStage<Optional<IpCanSession>> closed = hygiene.close(r.sessionId(), "CCR-T", now);
        return Stages.done(closed) ? CompletableFuture.completedFuture(closed(ccr, r))
                : closed.thenApply(c -> closed(ccr, r));
    }

    private DiameterMessage closed(DiameterMessage ccr, GxRequest r) {
        recent.terminated(r.sessionId(), r.requestNumber());
        return ctx.answers().success(ccr, r);
    }

    /**
     * Tells the listener that the request's usage was recorded once its {@code answer} is there,
     * whatever it is; at once when it is there already.
     */
    private CompletionStage<DiameterMessage> usageRecorded(CompletionStage<DiameterMessage> answer, GxRequest r,
                                                           List<UsageReport> reports, SubscriberId subscriber) {
        if (Stages.finished(answer)) {
            ctx.usageRecorded(r.sessionId(), reports, subscriber);
            return answer;
        }
        return answer.whenComplete((cca, failure) -> ctx.usageRecorded(r.sessionId(), reports, subscriber));
    }

    private static boolean isStale(GxRequest r, GxSessionState state) {
        return r.requestNumber() != 0 && r.requestNumber() <= state.lastRequestNumber();
    }

    /**
     * A retransmitted CCR-T (RFC 6733 §5.5.4) of a session this node ended with it: the same
     * plain 2001 as the first CCA-T, built from the request as that one was; nothing changes.
     */
    private CompletionStage<DiameterMessage> endedAgain(DiameterMessage ccr, GxRequest r) {
        LOG.info("peer={} Session-Id={} {} CCR-T retransmitted after the session ended: 2001 again", r.originHost(),
                r.sessionId(), ccr.hopByHop());
        return CompletableFuture.completedFuture(ctx.answers().success(ccr, r));
    }

    private CompletionStage<DiameterMessage> unknown(DiameterMessage ccr, GxRequest r) {
        LOG.info("peer={} Session-Id={} {} CCR-{} for an unknown session: 5002", r.originHost(), r.sessionId(),
                ccr.hopByHop(), r.type());
        return CompletableFuture.completedFuture(ctx.answers().reject(ccr, UNKNOWN_SESSION, null));
    }

    /**
     * Decides on {@code s}, whose decoded state is {@code state}, and stores the outcome. The
     * first attempt decides on the totals and meters the reports left ({@code reported}); one
     * after a lost compare-and-set reads them again, as it reads the session again.
     */
    private CompletionStage<DiameterMessage> apply(DiameterMessage ccr, GxRequest r, PolicyRequest merged,
                                                   String owner, IpCanSession s, GxSessionState state,
                                                   GxContext.Reported reported, int attempts) {
        IpCanContext context = merged.context();
        CompletionStage<Decision> decided = ctx.decide(context, PolicyEvent.gx(merged), state.policySession(), owner,
                s, Network.of(context), reported);
        return Stages.done(decided) ? decided(ccr, r, merged, owner, s, state, Stages.value(decided), attempts)
                : decided.thenCompose(d -> decided(ccr, r, merged, owner, s, state, d, attempts));
    }

    private CompletionStage<DiameterMessage> decided(DiameterMessage ccr, GxRequest r, PolicyRequest merged,
                                                     String owner, IpCanSession s, GxSessionState state, Decision d,
                                                     int attempts) {
        return switch (d) {
            case Decision.Reject rej -> {
                // the session stays: the PCEF decides whether a refused update ends it (CCR-T)
                LOG.info("Session-Id={} CCR-U rejected with {}: {}", r.sessionId(), rej.resultCode(), rej.reason());
                yield CompletableFuture.completedFuture(ctx.answers().reject(ccr, rej.resultCode(), null));
            }
            case Decision.Accept acc -> store(ccr, r, merged, owner, s, state, acc, attempts);
        };
    }

    private CompletionStage<DiameterMessage> store(DiameterMessage ccr, GxRequest r, PolicyRequest merged,
                                                   String owner, IpCanSession s, GxSessionState state,
                                                   Decision.Accept acc, int attempts) {
        GxSessionState next = next(state, acc, r.ruleFailureCodes(), r.requestNumber());
        Instant now = ctx.now();
        IpCanSession updated = SessionRecords.withPresenceReports(SessionRecords.modified(s, merged, next,
                merged.usageReports(), now, ctx.sessionExpiry(now)), r.praReports());
        CompletionStage<CasResult<IpCanSession>> cas = ctx.store().sessions().update(updated);
        return Stages.done(cas) ? stored(ccr, r, merged, owner, state, acc, Stages.value(cas), attempts)
                : cas.thenCompose(c -> stored(ccr, r, merged, owner, state, acc, c, attempts));
    }

    private CompletionStage<DiameterMessage> stored(DiameterMessage ccr, GxRequest r, PolicyRequest merged,
                                                    String owner, GxSessionState state, Decision.Accept acc,
                                                    CasResult<IpCanSession> cas, int attempts) {
        return switch (cas) {
            case CasResult.Applied<IpCanSession> applied -> {
                DiameterMessage answer = ctx.answers().success(ccr, r, PolicyUpdate.of(acc, state.installed()),
                        List.of());
                ctx.listener().decided(applied.value(), acc.nextChange());
                if (!r.ruleFailureCodes().isEmpty()) {
                    ctx.listener().rulesFailed(r.sessionId(), r.ruleFailureCodes());
                }
                recent.put(r.sessionId(), r.requestNumber(), answer);
                yield CompletableFuture.completedFuture(answer);
            }
            case CasResult.Stale<IpCanSession> stale when attempts > 1 ->
                    apply(ccr, r, merged, owner, stale.current(), SessionRecords.state(stale.current()),
                            GxContext.Reported.NOTHING, attempts - 1);
            case CasResult.Stale<IpCanSession> stale -> throw new GxStateException(
                    "session " + r.sessionId() + " kept changing under CCR-U", null);
            case CasResult.Missing<IpCanSession> missing -> unknown(ccr, r);
        };
    }

    /**
     * The session state after an accepted decision. Rule failures reported now are recorded
     * with their Rule-Failure-Code; whether they stay out of later decisions follows
     * {@link GxSettings.RuleFailureHandling}.
     */
    GxSessionState next(GxSessionState state, Decision.Accept acc, Map<String, Integer> reported, long number) {
        Map<String, Integer> failures = state.ruleFailures();
        if (!reported.isEmpty()) {
            failures = new HashMap<>(failures);
            failures.putAll(reported);
            LOG.warn("rules reported failed by the PCEF: {} (handling {})", reported,
                    ctx.settings().ruleFailureHandling());
        }
        Set<String> keptOut = ctx.settings().ruleFailureHandling() == GxSettings.RuleFailureHandling.KEEP_OUT
                ? acc.failedRules() : Set.of();
        return new GxSessionState(acc.target(), keptOut, failures, number, state.features());
    }
}
