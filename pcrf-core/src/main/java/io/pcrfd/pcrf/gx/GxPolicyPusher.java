package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.metering.Network;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.CasResult;
import io.pcrfd.store.model.IpCanSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PCRF-initiated policy changes by RAR (TS 29.212 §4.5.2, §5.6.4): decide again for a stored
 * session, send what changed, and apply the RAA. The decision is the engine's for the
 * session's latest stored context (what the last CCR reported) and the push's
 * {@link Reason#event() event}.
 *
 * <ul>
 *   <li>RAA 2xxx: the PCEF has the new state; it is stored (compare-and-set, re-read if a CCR
 *       moved the session meanwhile).</li>
 *   <li>RAA 2xxx with Charging-Rule-Report, or Experimental-Result 5142 DIAMETER_PCC_RULE_EVENT
 *       (§4.5.12: some or all rules could not be installed): the rules reported INACTIVE are
 *       stored as not installed, with their Rule-Failure-Code, and handled as
 *       {@link GxSettings.RuleFailureHandling} says (as for a report in a CCR-U); the rest of
 *       the RAR is stored as applied. The outcome is APPLIED, or RULES_FAILED for 5142.</li>
 *   <li>RAA 4144 DIAMETER_PENDING_TRANSACTION (§4.5.2, PendingTransaction): a CCR of the
 *       session is being answered; once it is, the session is decided again and what is still
 *       to change is sent, after {@link #PENDING_RETRY_DELAY}, at most {@link
 *       GxSettings#rarRetries()} times (a CCA may already have carried the change).</li>
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
    public enum Reason {
        OPERATOR(PolicyEvent.Kind.OPERATOR_PUSH), TIME_OF_DAY(PolicyEvent.Kind.TIME_FLIP),
        BPCF_REJECTION(PolicyEvent.Kind.BPCF_REPORT), POLICY_RELOAD(PolicyEvent.Kind.POLICY_RELOAD),
        /** Usage reported on another session of the subscriber may have crossed a threshold. */
        USAGE_THRESHOLD(PolicyEvent.Kind.USAGE_CROSSING),
        /** An Rx AAR or STR changed the AF sessions bound to the session (TS 29.214 §4.4). */
        RX_REQUEST(PolicyEvent.Kind.RX_REQUEST),
        /** A Sy policy counter status changed (SNR, a pending status applied, a re-subscription; TS 29.219 §4.5). */
        SY_NOTIFICATION(PolicyEvent.Kind.SY_NOTIFICATION);

        private final PolicyEvent event;

        Reason(PolicyEvent.Kind kind) {
            this.event = PolicyEvent.of(kind);
        }

        /** The event the engine decides for this reason. */
        public PolicyEvent event() {
            return event;
        }
    }

    /** What came of a push. */
    public enum Outcome { APPLIED, RULES_FAILED, NOTHING_TO_SEND, RELEASE_REQUESTED, SESSION_UNKNOWN,
        SESSION_REMOVED, REFUSED_BY_PCEF, UNANSWERED }

    /** 3GPP Experimental-Result-Code DIAMETER_PENDING_TRANSACTION (TS 29.212 §5.5.3). */
    static final long PENDING_TRANSACTION = Rfc6733.ExperimentalResultCode.DIAMETER_PENDING_TRANSACTION;
    /** 3GPP Experimental-Result-Code DIAMETER_PCC_RULE_EVENT (TS 29.212 §5.5.3). */
    static final long PCC_RULE_EVENT = Rfc6733.ExperimentalResultCode.DIAMETER_PCC_RULE_EVENT;
    /** How long after a 4144 the RAR is decided again: long enough for the CCR in progress. */
    static final Duration PENDING_RETRY_DELAY = Duration.ofMillis(200);

    private final GxContext ctx;
    private final SessionHygiene hygiene;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> send;
    private final EndToEndIds ids;
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    /** The last push asked for, per session with a push running or waiting. */
    private final ConcurrentHashMap<String, CompletableFuture<Outcome>> lanes = new ConcurrentHashMap<>();
    private final LongAdder[] outcomes = new LongAdder[Reason.values().length * Outcome.values().length];

    /**
     * @param send the peer stack's send: completes with the RAA, or fails (peer down, timeout)
     */
    public GxPolicyPusher(GxSessionService service, Function<DiameterMessage, CompletionStage<DiameterMessage>> send) {
        this.ctx = service.context();
        this.hygiene = service.hygiene();
        this.send = send;
        this.ids = new EndToEndIds(ctx.clock());
        Arrays.setAll(outcomes, i -> new LongAdder());
    }

    /** Pushes for {@code reason} that ended in {@code outcome} (for metrics). */
    public long outcomeCount(Reason reason, Outcome outcome) {
        return outcomes[reason.ordinal() * Outcome.values().length + outcome.ordinal()].sum();
    }

    /** RARs that got no RAA after every retry. */
    public long unansweredCount() {
        return unanswered.get();
    }

    /** RARs answered with a result other than success or 5002. */
    public long refusedCount() {
        return refused.get();
    }

    /**
     * Re-decides {@code sessionId} and pushes the change. Never completes exceptionally for RAA
     * trouble. Pushes of one session run one after the other: a push asked for while the
     * session's previous RAR is still out waits for that RAR's outcome, so it decides against
     * what the PCEF then has, not against a stored state the RAA is about to replace.
     */
    public CompletionStage<Outcome> push(String sessionId, Reason reason) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> before = lanes.put(sessionId, mine);
        CompletionStage<Outcome> run = before == null
                ? push(sessionId, reason, ctx.settings().rarRetries())
                : before.handle((o, f) -> null).thenCompose(x -> push(sessionId, reason, ctx.settings().rarRetries()));
        run.whenComplete((o, failure) -> {
            lanes.remove(sessionId, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                // counted on the side: callers get the outcome itself
                outcomes[reason.ordinal() * Outcome.values().length + o.ordinal()].increment();
                mine.complete(o);
            }
        });
        return mine;
    }

    /** Sessions with a push running or waiting (for tests and metrics). */
    int lanesInUse() {
        return lanes.size();
    }

    private CompletionStage<Outcome> push(String sessionId, Reason reason, int pendingRetries) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.SESSION_UNKNOWN);
            }
            IpCanSession s = found.get();
            GxSessionState state = SessionRecords.state(s);
            // the session's latest context, as the last CCR left it; no request is re-typed
            IpCanContext context = RequestContext.context(s);
            return ctx.decide(context, reason.event(), state.policySession(), GxContext.usageOwner(context, sessionId),
                            s, Network.of(context), GxContext.Reported.NOTHING)
                    .thenCompose(d -> switch (d) {
                        case Decision.Reject rej -> release(s, rej);
                        case Decision.Accept acc -> pushAccept(s, state, acc, reason, pendingRetries);
                    });
        });
    }

    /**
     * Asks the gateway of {@code sessionId} for a usage report of the session's monitors now
     * (TS 29.212 §4.5.16), for session context exposure's subscriber state; the listeners hear
     * of it ({@link GxSessionListener#usageReportRequested}), so a BPCF metering the session's
     * fixed-line usage is asked too, without waiting on its answer. APPLIED once the Gx
     * RAA is a success (the report follows in a CCR-U, which records it as any other), or
     * SESSION_UNKNOWN, NOTHING_TO_SEND (no usage monitored), SESSION_REMOVED (RAA 5002),
     * REFUSED_BY_PCEF, UNANSWERED. No decision is taken and no policy state changes.
     */
    public CompletionStage<Outcome> requestUsageReport(String sessionId) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.SESSION_UNKNOWN);
            }
            IpCanSession s = found.get();
            List<String> keys = s.usageMonitors().stream().map(m -> m.monitoringKey()).toList();
            if (keys.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.NOTHING_TO_SEND);
            }
            LOG.info("Session-Id={} RAR (usage report required for {}) to {}", sessionId, keys, s.gatewayHost());
            ctx.listener().usageReportRequested(s, keys); // linked S9a sessions are asked too (BPCF usage)
            DiameterMessage rar = ctx.answers().usageReportRar(sessionId, s.gatewayHost(), realm(s), ids.next(), keys);
            return exchange(rar, ctx.settings().rarRetries()).thenCompose(raa -> raa == null
                    ? CompletableFuture.completedFuture(unanswered(s))
                    : onResult(s, raa, failed -> CompletableFuture.completedFuture(Outcome.APPLIED),
                            () -> CompletableFuture.completedFuture(Outcome.REFUSED_BY_PCEF)));
        });
    }

    private CompletionStage<Outcome> release(IpCanSession s, Decision.Reject rej) {
        LOG.info("Session-Id={} policy now rejects the session ({}): asking {} to end it", s.sessionId(),
                rej.reason(), s.gatewayHost());
        DiameterMessage rar = ctx.answers().releaseRar(s.sessionId(), s.gatewayHost(), realm(s), ids.next(),
                SESSION_RELEASE_UNSPECIFIED);
        return exchange(rar, ctx.settings().rarRetries()).thenCompose(raa -> raa == null
                ? CompletableFuture.completedFuture(unanswered(s))
                : onResult(s, raa, failed -> CompletableFuture.completedFuture(Outcome.RELEASE_REQUESTED),
                        () -> CompletableFuture.completedFuture(Outcome.REFUSED_BY_PCEF)));
    }

    private CompletionStage<Outcome> pushAccept(IpCanSession s, GxSessionState state, Decision.Accept acc,
                                                Reason reason, int pendingRetries) {
        PolicyUpdate update = PolicyUpdate.of(acc, state.installed());
        if (update.isEmpty() && reason != Reason.OPERATOR) {
            ctx.listener().decided(s, acc.nextChange());
            return CompletableFuture.completedFuture(Outcome.NOTHING_TO_SEND);
        }
        DiameterMessage rar = ctx.answers().rar(s.sessionId(), s.gatewayHost(), realm(s), ids.next(), update);
        LOG.info("Session-Id={} RAR ({}) to {}", s.sessionId(), reason, s.gatewayHost());
        // listeners hear of the decision once the RAA is handled (not for a session that is gone): after
        // APPLIED the store has the new state, which S9a pushes its difference from (GxSessionListener)
        return exchange(rar, ctx.settings().rarRetries()).thenCompose(raa -> raa == null
                ? CompletableFuture.completedFuture(unanswered(s))
                : onResult(s, raa, failed -> applied(s.sessionId(), acc, failed, CAS_ATTEMPTS),
                        () -> pendingRetries == 0 ? refusedPending(s)
                                : CompletableFuture.supplyAsync(() -> null, later())
                                .thenCompose(x -> push(s.sessionId(), reason, pendingRetries - 1))))
                .whenComplete((outcome, failure) -> {
                    if (outcome != Outcome.SESSION_REMOVED && outcome != Outcome.SESSION_UNKNOWN) {
                        ctx.listener().decided(s.sessionId(), acc.nextChange());
                    }
                });
    }

    /**
     * @param success with the rules the RAA reports failed (name → Rule-Failure-Code)
     * @param pending what to do on 4144
     */
    private CompletionStage<Outcome> onResult(IpCanSession s, DiameterMessage raa,
                                              Function<Map<String, Integer>, CompletionStage<Outcome>> success,
                                              Supplier<CompletionStage<Outcome>> pending) {
        long code = resultCode(raa);
        Map<String, Integer> failed = failedRules(raa);
        if (ResultCodes.isSuccess(code) || code == PCC_RULE_EVENT && !failed.isEmpty()) {
            if (!failed.isEmpty()) {
                ctx.listener().rulesFailed(s.sessionId(), failed);
                LOG.warn("Session-Id={} RAA {} from {}: rules not installed {} (handling {})", s.sessionId(), code,
                        s.gatewayHost(), failed, ctx.settings().ruleFailureHandling());
            }
            return success.apply(failed).thenApply(o -> o == Outcome.APPLIED && code == PCC_RULE_EVENT
                    ? Outcome.RULES_FAILED : o);
        }
        if (code == ResultCodes.DIAMETER_UNKNOWN_SESSION_ID) {
            LOG.info("Session-Id={} RAA 5002 from {}: removing the session", s.sessionId(), s.gatewayHost());
            return hygiene.close(s.sessionId(), "RAA 5002").thenApply(x -> Outcome.SESSION_REMOVED);
        }
        if (code == PENDING_TRANSACTION) {
            LOG.info("Session-Id={} RAA 4144 from {}: a CCR is in progress, deciding again after it",
                    s.sessionId(), s.gatewayHost());
            return pending.get();
        }
        refused.incrementAndGet();
        LOG.warn("Session-Id={} RAA from {} refused the RAR with {}", s.sessionId(), s.gatewayHost(), code);
        return CompletableFuture.completedFuture(Outcome.REFUSED_BY_PCEF);
    }

    private CompletionStage<Outcome> refusedPending(IpCanSession s) {
        refused.incrementAndGet();
        LOG.warn("Session-Id={} RAA 4144 from {} after {} retries; giving up", s.sessionId(), s.gatewayHost(),
                ctx.settings().rarRetries());
        return CompletableFuture.completedFuture(Outcome.REFUSED_BY_PCEF);
    }

    private static Executor later() {
        return CompletableFuture.delayedExecutor(PENDING_RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Charging-Rule-Names a Charging-Rule-Report marks INACTIVE (§5.3.18), with their Rule-Failure-Code or 0. */
    static Map<String, Integer> failedRules(DiameterMessage answer) {
        Map<String, Integer> out = new HashMap<>();
        for (Avp rep : answer.avps(Ts29212.CHARGING_RULE_REPORT)) {
            Integer code = rep.child(Ts29212.RULE_FAILURE_CODE).map(Avp::asInt).orElse(null);
            int status = rep.child(Ts29212.PCC_RULE_STATUS).map(Avp::asInt).orElse(code == null ? 0 : 1);
            if (status == 1) { // INACTIVE; TEMPORARILY_INACTIVE rules stay installed
                // by rule name, as a CCR-U's report is read (PolicyEngine): a base stays installed
                rep.children(Ts29212.CHARGING_RULE_NAME).forEach(n -> out.put(
                        new String(n.asOctetString(), StandardCharsets.UTF_8), code == null ? 0 : code));
            }
        }
        return out;
    }

    /**
     * The PCEF applied the RAR: store the decision's target as what it has now, less the rules
     * it reported failed (recorded with their codes; kept out of later decisions under KEEP_OUT).
     */
    private CompletionStage<Outcome> applied(String sessionId, Decision.Accept acc, Map<String, Integer> failed,
                                             int attempts) {
        return ctx.store().sessions().get(sessionId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Outcome.SESSION_UNKNOWN);
            }
            IpCanSession s = found.get();
            GxSessionState was = SessionRecords.state(s);
            GxSessionState next = failed.isEmpty()
                    ? new GxSessionState(acc.target(), acc.failedRules(), was.ruleFailures(), was.lastRequestNumber(),
                    was.features())
                    : withFailures(was, acc, failed);
            Instant now = ctx.now();
            PolicyRequest request = RequestContext.fromSession(s, CcRequestType.UPDATE);
            IpCanSession updated = SessionRecords.modified(s, request, next, List.of(), now,
                    ctx.sessionExpiry(now));
            return ctx.store().sessions().update(updated).thenCompose(cas -> cas instanceof CasResult.Stale<?>
                    && attempts > 1 ? applied(sessionId, acc, failed, attempts - 1)
                    : CompletableFuture.completedFuture(cas instanceof CasResult.Applied<?>
                    ? Outcome.APPLIED : Outcome.SESSION_UNKNOWN));
        });
    }

    private GxSessionState withFailures(GxSessionState was, Decision.Accept acc, Map<String, Integer> failed) {
        PolicyState t = acc.target();
        Map<String, PccRule> rules = new LinkedHashMap<>(t.rules());
        rules.keySet().removeAll(failed.keySet());
        PolicyState installed = new PolicyState(rules, t.defaultQos(), t.ambr(), t.monitoring(), t.eventTriggers(),
                t.revalidation());
        Map<String, Integer> codes = new HashMap<>(was.ruleFailures());
        codes.putAll(failed);
        Set<String> keptOut = new HashSet<>(acc.failedRules());
        if (ctx.settings().ruleFailureHandling() == GxSettings.RuleFailureHandling.KEEP_OUT) {
            keptOut.addAll(failed.keySet());
        }
        return new GxSessionState(installed, keptOut, codes, was.lastRequestNumber(), was.features());
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
        return ResultCodes.of(answer);
    }
}
