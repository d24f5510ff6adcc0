package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.pcrf.metering.Network;
import io.pcrfd.pcrf.metering.UsageMeters;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.PolicySession;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.Subscriber;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What the Gx classes share: settings, the store, the current policy engine (a supplier, so
 * a policy reload applies to the next decision), the clock and the listener.
 */
record GxContext(GxSettings settings, Dictionary dictionary, Store store, Supplier<PolicyEngine> engine,
                 Clock clock, GxSessionListener listener, GxAnswers answers, UsageLedger ledger,
                 GxAfSessions afSessions, GxCounterStatuses counters, UsageMeters meters) {

    static GxContext of(GxSettings settings, Dictionary dictionary, Store store, Supplier<PolicyEngine> engine,
                        Clock clock, GxSessionListener listener) {
        return new GxContext(settings, dictionary, store, engine, clock, listener,
                new GxAnswers(dictionary, settings.originHost(), settings.originRealm()),
                new UsageLedger(store.usage()), new GxAfSessions(), new GxCounterStatuses(),
                new UsageMeters(store.meters(), engine));
    }

    Instant now() {
        return clock.instant();
    }

    Instant sessionExpiry(Instant now) {
        return settings.sessionExpiry(now);
    }

    /** The counter owner of a request: its trafficId (IMSI, else MSISDN), else the session. */
    static String usageOwner(PolicyRequest p, String sessionId) {
        return owner(subscriber(p.subscriptionIds()), sessionId);
    }

    /** The counter owner of a session context: its trafficId (IMSI, else MSISDN), else the session. */
    static String usageOwner(IpCanContext c, String sessionId) {
        return owner(subscriber(c.subscriptionIds()), sessionId);
    }

    /** The counter owner of {@code subscriber}'s usage (its trafficId), else the session's own. */
    static String owner(SubscriberId subscriber, String sessionId) {
        return subscriber != null ? subscriber.key() : "SESSION:" + sessionId;
    }

    /** The first IMSI, else the first MSISDN, of {@code ids}; null with neither. A loop: this runs per request. */
    static SubscriberId subscriber(List<SubscriptionId> ids) {
        String msisdn = null;
        for (int i = 0; i < ids.size(); i++) {
            SubscriptionId id = ids.get(i);
            if (id.type() == SubscriptionId.Type.END_USER_IMSI) {
                return SubscriberId.imsi(id.data());
            }
            if (msisdn == null && id.type() == SubscriptionId.Type.END_USER_E164) {
                msisdn = id.data();
            }
        }
        return msisdn == null ? null : SubscriberId.msisdn(msisdn);
    }

    /** Whether counted usage can change a decision: a plan tests usage, or usage is metered. */
    boolean usageDecides() {
        return engine.get().testsUsage() || meters.enabled();
    }

    /**
     * Tells the listener that {@code reports} of {@code subscriber} (the request's, from
     * {@link #subscriber}) were recorded; nothing without reports or for session-owned counters.
     */
    void usageRecorded(String sessionId, List<UsageReport> reports, SubscriberId subscriber) {
        if (!reports.isEmpty() && subscriber != null) {
            listener.usageRecorded(sessionId, subscriber);
        }
    }

    /**
     * What a request's own reports left, for the decision that follows, so that it does not read
     * them again: the usage totals of the reported keys ({@link #record}) and the subscriber's
     * meters after the batch ({@link #meter}; null when nothing was metered, and then the decision
     * reads them).
     */
    record Reported(Map<String, UsedUnits> totals, Map<String, Long> meters) {
        /** No reports of the event's own, or a decision that must read everything again. */
        static final Reported NOTHING = new Reported(Map.of(), null);
    }

    /**
     * Records a request's usage reports ({@link #record}) and then meters them ({@link #meter});
     * completes with what they left, for the decision that follows.
     */
    CompletionStage<Reported> report(String owner, String sessionId, long requestNumber, PolicyRequest request) {
        return request.usageReports().isEmpty() ? NOTHING_REPORTED
                : report(owner, sessionId, requestNumber, request, now());
    }

    /** As {@link #report(String, String, long, PolicyRequest)} at {@code now}, the request's time its caller read. */
    CompletionStage<Reported> report(String owner, String sessionId, long requestNumber, PolicyRequest request,
                                     Instant now) {
        List<UsageReport> reports = request.usageReports();
        if (reports.isEmpty()) {
            return NOTHING_REPORTED;
        }
        CompletionStage<Map<String, UsedUnits>> totals = record(owner, reports, now);
        if (!Stages.done(totals)) {
            return totals.thenCompose(t -> meter(owner, sessionId, requestNumber, request, t, now));
        }
        return meter(owner, sessionId, requestNumber, request, Stages.value(totals), now);
    }

    /**
     * Records and meters a request's usage reports as {@link #report} does, for a request no
     * decision follows (a CCR-T's final report, TS 29.212 §4.5.16): without metering, only the
     * adds, and no totals gathered for a decision; completes once they are recorded.
     */
    CompletionStage<?> recordFinal(String owner, String sessionId, long requestNumber, PolicyRequest request,
                                   Instant now) {
        List<UsageReport> reports = request.usageReports();
        if (reports.isEmpty()) {
            return NOTHING_REPORTED;
        }
        if (meters.enabled()) {
            return report(owner, sessionId, requestNumber, request, now);
        }
        return ledger.record(owner, reports, now.plus(settings.usageRetention()));
    }

    private static final CompletionStage<Reported> NOTHING_REPORTED =
            CompletableFuture.completedFuture(Reported.NOTHING);

    /**
     * Adds a request's usage reports to the subscriber's totals; completes with the totals of the
     * reported keys after the adds ({@link Reported#totals}).
     */
    private CompletionStage<Map<String, UsedUnits>> record(String owner, List<UsageReport> reports, Instant now) {
        return ledger.add(owner, reports, now.plus(settings.usageRetention()));
    }

    /**
     * Meters a request's usage reports (usage metering across the fixed and mobile networks,
     * {@code io.pcrfd.pcrf.metering}) as one batch identified by Session-Id and CC-Request-Number,
     * so a retransmission counts once. Completes with {@code totals} and the subscriber's meters
     * after the batch ({@link Reported#meters}: one meter read per report, not two), or no meters
     * when the policy has no metering section. The meters' situation is at {@code now}, the
     * request's time.
     */
    private CompletionStage<Reported> meter(String owner, String sessionId, long requestNumber, PolicyRequest request,
                                            Map<String, UsedUnits> totals, Instant now) {
        if (!meters.enabled()) {
            return CompletableFuture.completedFuture(new Reported(totals, null));
        }
        IpCanContext context = request.context();
        Situation s = Situation.of(io.pcrfd.pcrf.policy.PolicySession.NEW, context, engine.get().subscriber(context),
                Map.of(), now, settings.zone());
        return meters.record(owner, sessionId + ";" + requestNumber, s, Network.of(context), request.usageReports())
                .thenApply(after -> new Reported(totals, after));
    }

    /**
     * Decides a Gx CCR-I at {@code now}, the request's time its caller read: the situation is the
     * context it reports; no session is stored yet.
     */
    CompletionStage<Decision> decide(String sessionId, PolicyRequest request, PolicySession session, String owner,
                                     Instant now) {
        IpCanContext context = request.context();
        return decide(sessionId, context, PolicyEvent.gx(request), session, owner, List.of(), List.of(),
                Network.of(context), Reported.NOTHING, now);
    }

    /**
     * Decides {@code event} for the stored session {@code s}: its linked sessions and the AF
     * sessions bound to it (Rx, TS 29.214 §4.4.1) are part of the situation, and what metering
     * adds for {@code network} (the session's own; the fixed network for the BPCF's QoS rules).
     * What the event's own reports left ({@code reported}) is not read again.
     */
    CompletionStage<Decision> decide(IpCanContext context, PolicyEvent event, PolicySession session, String owner,
                                     IpCanSession s, Network network, Reported reported) {
        if (!afSessions.wired()) {
            return decide(s.sessionId(), context, event, session, owner, linked(s), List.of(), network, reported,
                    null);
        }
        CompletionStage<List<Situation.AfSession>> bound = afSessions.of(s.sessionId());
        if (Stages.done(bound)) {
            return decide(s.sessionId(), context, event, session, owner, linked(s), Stages.value(bound), network,
                    reported, null);
        }
        return bound.thenCompose(af -> decide(s.sessionId(), context, event, session, owner, linked(s), af, network,
                reported, null));
    }

    /**
     * Reads the totals and meters the plan needs (those not in {@code reported}) and decides
     * {@code event} in the situation of {@code context}. Reports must already be {@link #record}ed:
     * the situation's usage includes the event's reports, as {@link Situation} requires. The
     * situation's time is {@code now} when the caller read it already (a CCR-I) and the totals
     * are there at once, else the clock's once they are.
     */
    private CompletionStage<Decision> decide(String sessionId, IpCanContext context, PolicyEvent event,
                                             PolicySession session, String owner,
                                             List<Situation.LinkedSession> linked, List<Situation.AfSession> af,
                                             Network network, Reported reported, Instant now) {
        PolicyEngine e = engine.get();
        Optional<Subscriber> subscriber = e.subscriber(context);
        var totals = ledger.totals(owner, UsageLedger.keys(e.policy(), subscriber, event.usageReports()),
                reported.totals());
        if (Stages.done(totals)) {
            return decide(e, sessionId, new Situation(session, context, subscriber, Stages.value(totals), linked,
                    Map.of(), af, now != null ? now : now(), settings.zone()), event, owner, network, reported);
        }
        return totals.thenCompose(usage -> decide(e, sessionId, new Situation(session, context, subscriber, usage,
                linked, Map.of(), af, now(), settings.zone()), event, owner, network, reported));
    }

    /**
     * Decides {@code event} in situation {@code s} with what metering adds for {@code network}
     * (thresholds' actions, grants), from the meters the event's reports left when it has them.
     */
    private CompletionStage<Decision> decide(PolicyEngine e, String sessionId, Situation s, PolicyEvent event,
                                             String owner, Network network, Reported reported) {
        if (event.requestType() == io.pcrfd.pcrf.policy.CcRequestType.TERMINATION || !meters.enabled()) {
            return decide(e, sessionId, s, event);
        }
        if (reported.meters() != null) {
            return decide(e, sessionId, s.withMetering(meters.overlay(s, network, reported.meters())), event);
        }
        return meters.overlay(owner, s, network).thenCompose(o -> decide(e, sessionId, s.withMetering(o), event));
    }

    /**
     * The situation of the stored session {@code s} now, as a decision would see it without an
     * event of its own: for questions asked outside a decision (may an AF have video?).
     */
    CompletionStage<Situation> situation(IpCanSession s) {
        PolicyEngine e = engine.get();
        IpCanContext context = RequestContext.context(s);
        Optional<Subscriber> subscriber = e.subscriber(context);
        String owner = usageOwner(context, s.sessionId());
        PolicySession session = SessionRecords.state(s).policySession();
        return ledger.totals(owner, UsageLedger.keys(e.policy(), subscriber, List.of()))
                .thenCombine(afSessions.of(s.sessionId()), (usage, af) -> new Situation(session, context, subscriber,
                        usage, linked(s), Map.of(), af, now(), settings.zone()));
    }

    /**
     * Decides at once when the plan tests no counter (no Sy work); else asks the counter source
     * for the statuses the situation needs first (TS 29.219 §4.5.1), which may refuse a CCR-I.
     */
    private CompletionStage<Decision> decide(PolicyEngine e, String sessionId, Situation s, PolicyEvent event) {
        java.util.Set<String> needed = event.requestType() == io.pcrfd.pcrf.policy.CcRequestType.TERMINATION
                ? java.util.Set.of() : e.countersNeeded(s);
        Optional<String> counterOwner = needed.isEmpty() ? Optional.empty() : e.counterOwner(s.context());
        if (counterOwner.isEmpty()) {
            return CompletableFuture.completedFuture(e.decide(s, event));
        }
        return counters.statuses(new CounterStatusSource.Query(sessionId, counterOwner.get(), needed, event))
                .thenApply(found -> found.reject() != null
                        ? new Decision.Reject(found.reject(), "Sy: " + found.reason(), Optional.empty())
                        : e.decide(s.withCounterStatuses(found.statuses()), event));
    }

    /** The sessions linked to {@code s}, as the situation names them. */
    static List<Situation.LinkedSession> linked(IpCanSession s) {
        if (s.linkedSessions().isEmpty()) {
            return List.of();
        }
        List<Situation.LinkedSession> out = new java.util.ArrayList<>(s.linkedSessions().size());
        for (LinkedSession l : s.linkedSessions()) {
            out.add(new Situation.LinkedSession(l.iface().name(), l.sessionId()));
        }
        return out;
    }
}
