package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.pcrf.gx.CounterStatusSource;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The counter statuses of Gx decisions (TS 29.219 §4.5.1): one Sy session per counter owner,
 * opened by an initial SLR with the counters the first decision needs, changed by an
 * intermediate SLR when the union of what its Gx sessions need grows or shrinks, read from the
 * store otherwise. The Gx answer waits at most {@code sy.timeout}: a late SLA is still stored,
 * and the decision takes the {@code unreachable} fallback.
 *
 * <pre>
 *  statuses(q) ─ owner queue ─ store.get(owner)
 *      │ none ─────────────► SLR INITIAL (counters of q) ─ SLA ─► store, statuses
 *      │ union changed ────► SLR INTERMEDIATE (the whole union) ─ SLA ─► store, statuses
 *      │ else ─────────────► statuses from the store (q's Gx session attached)
 *      └ SY_NOTIFICATION push: the store only, never an SLR (the OCS just told us)
 * </pre>
 */
final class SyClient implements CounterStatusSource {
    private final SyContext ctx;

    SyClient(SyContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CompletionStage<Lookup> statuses(Query q) {
        CompletableFuture<Lookup> work = ctx.queue().run(q.owner(), () -> subscribe(q)).toCompletableFuture();
        CompletableFuture<Lookup> bounded = work.copy().orTimeout(ctx.config().timeout().toMillis(), TimeUnit.MILLISECONDS);
        return bounded.exceptionally(t -> ctx.fallback(SyFailure.UNREACHABLE, q, Map.of(),
                "no answer within " + ctx.config().timeout().toMillis() + " ms"));
    }

    private CompletionStage<Lookup> subscribe(Query q) {
        return ctx.store().get(q.owner()).thenCompose(found -> {
            if (q.event().kind() == PolicyEvent.Kind.SY_NOTIFICATION) {
                return CompletableFuture.completedFuture(ctx.lookup(q, found.map(SySession::counters).orElse(Map.of())));
            }
            if (found.isEmpty()) {
                return initial(q);
            }
            SySession s = found.get();
            Map<String, List<String>> gx = new HashMap<>(s.gxSessions());
            gx.put(q.gxSessionId(), List.copyOf(new TreeSet<>(q.counters())));
            Set<String> wanted = union(gx);
            if (wanted.equals(s.counters().keySet())) {
                return attach(q, s, gx);
            }
            return intermediate(q, s, gx, wanted);
        });
    }

    private CompletionStage<Lookup> attach(Query q, SySession s, Map<String, List<String>> gx) {
        if (gx.equals(s.gxSessions())) {
            return CompletableFuture.completedFuture(ctx.lookup(q, s.counters()));
        }
        return ctx.store().put(with(s, s.sessionId(), s.counters(), gx, s.ocsHost(), s.ocsStateId()))
                .thenApply(x -> ctx.lookup(q, s.counters()));
    }

    private CompletionStage<Lookup> initial(Query q) {
        String sessionId = ctx.ids().next();
        DiameterMessage slr = ctx.messages().slr(sessionId, ctx.config().ocs().host(),
                Ts29219.SlRequestType.INITIAL_REQUEST, Policy.subscriptionIdOf(q.owner()), q.counters());
        ctx.counters().count(SyCounters.Event.SLR_INITIAL);
        return ctx.exchange(slr).handle((sla, failure) -> {
            if (failure != null) {
                return CompletableFuture.completedFuture(ctx.fallback(SyFailure.UNREACHABLE, q, Map.of(),
                        "initial SLR: " + SyNotifications.why(failure)));
            }
            SyFailure f = SyFailure.of(sla);
            if (f != null) {
                return CompletableFuture.completedFuture(ctx.fallback(f, q, Map.of(), "initial SLR answered "
                        + io.pcrfd.diameter.message.ResultCodes.of(sla)));
            }
            SySession s = new SySession(q.owner(), sessionId, subscription(q.owner()),
                    merge(Map.of(), q.counters(), SyMessages.reports(sla)),
                    Map.of(q.gxSessionId(), List.copyOf(new TreeSet<>(q.counters()))), SyMessages.originHost(sla),
                    SyMessages.originStateId(sla), ctx.expiry());
            return stored(q, s);
        }).thenCompose(x -> x);
    }

    private CompletionStage<Lookup> intermediate(Query q, SySession s, Map<String, List<String>> gx, Set<String> wanted) {
        DiameterMessage slr = ctx.messages().slr(s.sessionId(), s.ocsHost(), Ts29219.SlRequestType.INTERMEDIATE_REQUEST,
                Policy.subscriptionIdOf(q.owner()), wanted);
        ctx.counters().count(SyCounters.Event.SLR_INTERMEDIATE);
        return ctx.exchange(slr).handle((sla, failure) -> {
            if (failure != null) {
                return CompletableFuture.completedFuture(ctx.fallback(SyFailure.UNREACHABLE, q, s.counters(),
                        "intermediate SLR: " + SyNotifications.why(failure)));
            }
            SyFailure f = SyFailure.of(sla);
            if (f != null) {
                return CompletableFuture.completedFuture(ctx.fallback(f, q, s.counters(), "intermediate SLR answered "
                        + io.pcrfd.diameter.message.ResultCodes.of(sla)));
            }
            return stored(q, with(s, s.sessionId(), merge(s.counters(), wanted, SyMessages.reports(sla)), gx,
                    s.ocsHost(), s.ocsStateId()));
        }).thenCompose(x -> x);
    }

    private CompletionStage<Lookup> stored(Query q, SySession s) {
        return ctx.store().put(s).thenApply(x -> {
            ctx.schedulePending(s);
            return ctx.lookup(q, s.counters());
        });
    }

    SySession with(SySession s, String sessionId, Map<String, PolicyCounter> counters,
                   Map<String, List<String>> gx, String ocsHost, long ocsStateId) {
        return new SySession(s.owner(), sessionId, s.subscription(), counters, gx, ocsHost, ocsStateId, ctx.expiry());
    }

    /** The counters of {@code wanted}: the reported status, else what was known before. */
    static Map<String, PolicyCounter> merge(Map<String, PolicyCounter> before, Set<String> wanted,
                                            Map<String, PolicyCounter> reported) {
        Map<String, PolicyCounter> out = new HashMap<>();
        for (String id : wanted) {
            PolicyCounter c = reported.containsKey(id) ? reported.get(id) : before.get(id);
            out.put(id, c != null ? c : new PolicyCounter(null, List.of()));
        }
        return out;
    }

    static Set<String> union(Map<String, List<String>> gx) {
        Set<String> out = new TreeSet<>();
        gx.values().forEach(out::addAll);
        return out;
    }

    private static List<SubscriberId> subscription(String owner) {
        SubscriptionId id = Policy.subscriptionIdOf(owner);
        return switch (id.type()) {
            case END_USER_IMSI -> List.of(SubscriberId.imsi(id.data()));
            case END_USER_E164 -> List.of(SubscriberId.msisdn(id.data()));
            default -> List.of();
        };
    }

    /** The record of {@code owner}, if any (tests, REST). */
    CompletionStage<Optional<SySession>> session(String owner) {
        return ctx.store().get(owner);
    }
}
