package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicySession;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.ResultCode;
import io.pcrfd.store.Claim;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gx application of the PCRF (TS 29.212 §4.5): CCR-I/U/T in, CCA out, over the
 * asynchronous store. Nothing here blocks: every step is a stage of the store's futures, so
 * the peer stack may call {@link #handle} on its event loop and write the answer when the
 * stage completes.
 *
 * <pre>
 *  CCR ─ parse ─(bad)──────────────────────────────► CCA 5004/5005/5014 + Failed-AVP
 *          │ I: gateway restarted? purge ─ decide ─(reject)► CCA Result-Code / Experimental-Result
 *          │                                  └─(accept)─ create (evict a stale UE-IP holder) ► CCA-I
 *          │ U: session? ─(no)► 5002   add usage ─ decide ─ compare-and-set ► CCA-U
 *          │ T: session? ─(no)► 5002   add final usage ─ close (context kept) ► CCA-T
 * </pre>
 */
public final class GxSessionService {
    private static final Logger LOG = LoggerFactory.getLogger(GxSessionService.class);
    private static final int RECENT_ANSWERS = 65_536;
    private static final ResultCode UNABLE_TO_COMPLY = new ResultCode(0, ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
    private final GxContext ctx;
    private final GxRequestParser parser;
    private final SessionHygiene hygiene;
    private final GxUpdateFlow updates;
    private final RecentAnswers recent = new RecentAnswers(RECENT_ANSWERS);

    public GxSessionService(GxSettings settings, Dictionary dictionary, Store store, Supplier<PolicyEngine> engine,
                            Clock clock, GxSessionListener listener) {
        this.ctx = GxContext.of(settings, dictionary, store, engine, clock, listener);
        this.parser = new GxRequestParser(dictionary, settings.requireSubscriptionId());
        this.hygiene = new SessionHygiene(ctx);
        this.updates = new GxUpdateFlow(ctx, hygiene, recent);
    }

    /** Answers one Gx CCR; the stage always completes with a CCA, never exceptionally. */
    public CompletionStage<DiameterMessage> handle(DiameterMessage ccr) {
        GxParse parsed = parser.parse(ccr);
        if (parsed instanceof GxParse.Invalid(DiameterError error)) {
            LOG.info("peer={} Session-Id={} {} CCR refused: {}", ccr.avp(Rfc6733.ORIGIN_HOST).map(Avp::asUtf8String)
                    .orElse("-"), ccr.sessionId().orElse("-"), ccr.hopByHop(), error);
            return CompletableFuture.completedFuture(ctx.answers().error(ccr, error));
        }
        GxRequest r = ((GxParse.Parsed) parsed).request();
        // only CCA-Is and CCA-Us are kept: a CCR-T is never one of their retransmissions (its own is
        // told by RecentAnswers.wasTerminated), so it skips the lookup (a cache miss per request)
        DiameterMessage again = r.type() == CcRequestType.TERMINATION ? null
                : recent.get(r.sessionId(), r.requestNumber(), ccr);
        if (again != null) {
            return CompletableFuture.completedFuture(again);
        }
        CompletionStage<DiameterMessage> answer;
        try {
            answer = flow(ccr, r);
        } catch (RuntimeException | Error e) {
            // the flow calls a completed stage's continuation directly: what it throws lands here (an
            // Error too, as a stage would have caught it), and the request still gets its CCA
            return CompletableFuture.completedFuture(answered(ccr, r, null, e));
        }
        if (!Stages.done(answer)) {
            return answer.handle((cca, failure) -> answered(ccr, r, cca, failure));
        }
        if (r.type() == CcRequestType.INITIAL) {
            notStored(r, Stages.value(answer));
        }
        return answer; // complete: no stage more (the in-memory store's usual case)
    }

    private CompletionStage<DiameterMessage> flow(DiameterMessage ccr, GxRequest r) {
        return switch (r.type()) {
            case INITIAL -> initial(ccr, r);
            case UPDATE -> updates.update(ccr, r);
            case TERMINATION -> updates.terminate(ccr, r);
            case EVENT -> throw new IllegalStateException("the parser refuses EVENT_REQUEST");
        };
    }

    /** The CCA of a request whose flow ended with {@code cca} or {@code failure} (then 5012). */
    private DiameterMessage answered(DiameterMessage ccr, GxRequest r, DiameterMessage cca, Throwable failure) {
        DiameterMessage answer = failure != null ? unableToComply(ccr, r, failure) : cca;
        return r.type() == CcRequestType.INITIAL ? notStored(r, answer) : answer;
    }

    /** A CCR-I answered with anything but success stored nothing: what its decision subscribed to is released. */
    private DiameterMessage notStored(GxRequest r, DiameterMessage cca) {
        if (!ResultCodes.isSuccess(ResultCodes.of(cca))) {
            ctx.counters().abandoned(r.sessionId());
        }
        return cca;
    }

    /** Ends every session a restarted gateway opened before {@code newOriginStateId}; returns how many. */
    public CompletionStage<Integer> purgeGateway(String originHost, long newOriginStateId) {
        return hygiene.purgeGateway(originHost, newOriginStateId);
    }

    /**
     * One audit pass at the clock's now: the sessions the store expired, then those silent for
     * longer than {@code gx.inactivityTimeout}; returns how many sessions it ended.
     */
    public CompletionStage<Integer> auditInactive() {
        return hygiene.audit();
    }

    /** Where decisions get Sy policy counter statuses (the Sy module plugs in here). */
    public GxCounterStatuses counterStatuses() {
        return ctx.counters();
    }

    /** Sessions ended without a CCR-T, by cause. */
    /** The clock Gx decides and stamps sessions by (the node's, or a test's). */
    public Clock clock() {
        return ctx.clock();
    }

    public SessionEndCounters endCounters() {
        return hygiene.counters();
    }

    /** Shared with the RAR side ({@link GxPolicyPusher}). */
    GxContext context() {
        return ctx;
    }

    SessionHygiene hygiene() {
        return hygiene;
    }

    private CompletionStage<DiameterMessage> initial(DiameterMessage ccr, GxRequest r) {
        CompletionStage<Integer> purged = hygiene.checkOriginState(r.originHost(), r.originStateId());
        return Stages.done(purged) ? decideInitial(ccr, r) : purged.thenCompose(n -> decideInitial(ccr, r));
    }

    /**
     * Decides at the request's time, read once: a decision made at once stamps the session with
     * that time too; one that waited (Sy) with the clock's when it is there.
     */
    private CompletionStage<DiameterMessage> decideInitial(DiameterMessage ccr, GxRequest r) {
        String owner = GxContext.usageOwner(r.policy(), r.sessionId());
        Instant now = ctx.now();
        CompletionStage<Decision> decided = ctx.decide(r.sessionId(), r.policy(), PolicySession.NEW, owner, now);
        return Stages.done(decided) ? decided(ccr, r, Stages.value(decided), now)
                : decided.thenCompose(d -> decided(ccr, r, d, ctx.now()));
    }

    private CompletionStage<DiameterMessage> decided(DiameterMessage ccr, GxRequest r, Decision d, Instant now) {
        return switch (d) {
            case Decision.Reject rej -> CompletableFuture.completedFuture(reject(ccr, r, rej));
            case Decision.Accept acc -> establish(ccr, r, acc, now);
        };
    }

    private DiameterMessage reject(DiameterMessage ccr, GxRequest r, Decision.Reject rej) {
        LOG.info("peer={} Session-Id={} {} CCR-{} rejected with {}: {}", r.originHost(), r.sessionId(),
                ccr.hopByHop(), r.type(), rej.resultCode(), rej.reason());
        return ctx.answers().reject(ccr, rej.resultCode(), null);
    }

    /**
     * Builds the answer first, then stores: once the session is stored only the listener runs,
     * and if anything fails after the store took the session it is removed again, so a failed
     * CCR-I leaves nothing behind.
     */
    private CompletionStage<DiameterMessage> establish(DiameterMessage ccr, GxRequest r, Decision.Accept acc,
                                                      Instant now) {
        List<FeatureList> features = FeatureList.negotiate(r.supportedFeatures(), ctx.settings().supportedFeatures());
        GxSessionState state = new GxSessionState(acc.target(), acc.failedRules(), r.ruleFailureCodes(),
                r.requestNumber(), features);
        IpCanSession session = SessionRecords.established(r, acc.target(), state, now, ctx.sessionExpiry(now));
        DiameterMessage answer = ctx.answers().success(ccr, r, PolicyUpdate.of(acc, PolicyState.EMPTY), features);
        CompletionStage<Created> created = create(session, 1);
        return Stages.done(created) ? created(ccr, r, session, acc, answer, Stages.value(created))
                : created.thenCompose(c -> created(ccr, r, session, acc, answer, c));
    }

    private CompletionStage<DiameterMessage> created(DiameterMessage ccr, GxRequest r, IpCanSession session,
                                                     Decision.Accept acc, DiameterMessage answer, Created created) {
        return switch (created) {
            case STORED -> announce(r, session, acc, answer, ccr);
            // a retransmitted CCR-I whose first answer this node no longer holds: no second change
            case ALREADY_STORED -> CompletableFuture.completedFuture(answer);
            case ADDRESS_HELD -> CompletableFuture.completedFuture(ctx.answers().reject(ccr, UNABLE_TO_COMPLY,
                    "UE address still bound to another session"));
        };
    }

    private CompletionStage<DiameterMessage> announce(GxRequest r, IpCanSession session, Decision.Accept acc,
                                                      DiameterMessage answer, DiameterMessage ccr) {
        try {
            ctx.listener().established(r, session);
            ctx.listener().decided(session, acc.nextChange());
            recent.put(r.sessionId(), r.requestNumber(), answer);
            return CompletableFuture.completedFuture(answer);
        } catch (RuntimeException e) {
            LOG.error("Session-Id={} CCR-I failed after the session was stored; removing it", r.sessionId(), e);
            return ctx.store().sessions().remove(r.sessionId()).thenApply(x -> unableToComply(ccr, r, e));
        }
    }

    private enum Created { STORED, ALREADY_STORED, ADDRESS_HELD }

    private static final CompletionStage<Created> STORED = CompletableFuture.completedFuture(Created.STORED);

    /** Stores the session; a live session holding its UE address is evicted (at most once). */
    private CompletionStage<Created> create(IpCanSession session, int evictions) {
        CompletionStage<Claim<IpCanSession>> claim = ctx.store().sessions().create(session);
        return Stages.done(claim) ? claimed(session, evictions, Stages.value(claim))
                : claim.thenCompose(c -> claimed(session, evictions, c));
    }

    private CompletionStage<Created> claimed(IpCanSession session, int evictions, Claim<IpCanSession> claim) {
        IpCanSession holder = claim.value();
        if (claim.claimed()) {
            return STORED;
        }
        if (holder.sessionId().equals(session.sessionId())) {
            return CompletableFuture.completedFuture(Created.ALREADY_STORED);
        }
        if (evictions == 0) {
            return CompletableFuture.completedFuture(Created.ADDRESS_HELD);
        }
        return hygiene.evict(holder, session.sessionId()).thenCompose(x -> create(session, evictions - 1));
    }

    private DiameterMessage unableToComply(DiameterMessage ccr, GxRequest r, Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        LOG.error("peer={} Session-Id={} {} CCR-{} could not be served: {}", r.originHost(), r.sessionId(),
                ccr.hopByHop(), r.type(), cause.toString());
        return ctx.answers().reject(ccr, UNABLE_TO_COMPLY, null);
    }
}
