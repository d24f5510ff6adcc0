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
 * The counter statuses of Gx decisions (TS 29.219 §4.5): one Sy session per counter owner,
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
    private final SySessionEnds ends;

    /** @param ends where a Gx session leaves a Sy session (never stored, or moved to another owner) */
    SyClient(SyContext ctx, SySessionEnds ends) {
        this.ctx = ctx;
        this.ends = ends;
    }

    /** What the Sy side found for a query: statuses, or a failure whose fallback applies. */
    private sealed interface Outcome {
        record Found(Lookup lookup) implements Outcome {
        }

        record Failed(SyFailure failure, Map<String, PolicyCounter> known, String detail) implements Outcome {
        }
    }

    /**
     * The fallback is taken here, once per query, whichever comes first: the Sy work's own
     * failure or {@code sy.timeout}. Work that finishes later still stores what it got.
     */
    @Override
    public CompletionStage<Lookup> statuses(Query q) {
        long ms = ctx.config().timeout().toMillis();
        CompletableFuture<Outcome> work = ctx.queue().run(q.owner(), () -> subscribe(q)).toCompletableFuture();
        return work.copy().completeOnTimeout(new Outcome.Failed(SyFailure.UNREACHABLE, Map.of(),
                        "no answer within " + ms + " ms"), ms, TimeUnit.MILLISECONDS)
                .exceptionally(t -> new Outcome.Failed(SyFailure.OTHER_ERROR, Map.of(), SyNotifications.why(t)))
                .thenApply(o -> switch (o) {
                    case Outcome.Found f -> f.lookup();
                    case Outcome.Failed f -> ctx.fallback(f.failure(), q, f.known(), f.detail());
                });
    }

    /** Gx session {@code gxSessionId} was refused or failed after its counters were looked up. */
    @Override
    public void abandoned(String gxSessionId) {
        ends.ended(gxSessionId, "CCR-I not stored");
    }

    private static CompletionStage<Outcome> found(Lookup l) {
        return CompletableFuture.completedFuture(new Outcome.Found(l));
    }

    private static CompletionStage<Outcome> failed(SyFailure f, Map<String, PolicyCounter> known, String detail) {
        return CompletableFuture.completedFuture(new Outcome.Failed(f, known, detail));
    }

    private CompletionStage<Outcome> subscribe(Query q) {
        return ctx.store().get(q.owner()).thenCompose(found -> {
            if (q.event().kind() == PolicyEvent.Kind.SY_NOTIFICATION) {
                return found(ctx.lookup(q, found.map(SySession::counters).orElse(Map.of())));
            }
            if (found.isEmpty() || !found.get().gxSessions().containsKey(q.gxSessionId())) {
                leavePreviousOwner(q);
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

    /**
     * A Gx session new to this owner may have been decided on another owner before (a policy
     * reload moved its subscriber into or out of a shared quota): it leaves that one, which
     * ends it by STR if it was its last session. Not waited for: it is the other owner's work.
     */
    private void leavePreviousOwner(Query q) {
        ctx.store().byGxSession(q.gxSessionId()).thenAccept(previous -> previous
                .filter(p -> !p.owner().equals(q.owner()))
                .ifPresent(p -> ends.leave(p.owner(), q.gxSessionId())));
    }

    private CompletionStage<Outcome> attach(Query q, SySession s, Map<String, List<String>> gx) {
        if (gx.equals(s.gxSessions())) {
            return found(ctx.lookup(q, s.counters()));
        }
        return ctx.store().put(ctx.with(s, s.sessionId(), s.counters(), gx, s.ocsHost(), s.ocsStateId()))
                .thenApply(x -> new Outcome.Found(ctx.lookup(q, s.counters())));
    }

    private CompletionStage<Outcome> initial(Query q) {
        String sessionId = ctx.ids().next();
        DiameterMessage slr = ctx.messages().slr(sessionId, ctx.config().ocs().host(),
                Ts29219.SlRequestType.INITIAL_REQUEST, Policy.subscriptionIdOf(q.owner()), q.counters());
        ctx.counters().count(SyCounters.Event.SLR_INITIAL);
        return ctx.exchange(slr).handle((sla, failure) -> {
            if (failure != null) {
                return failed(SyFailure.UNREACHABLE, Map.of(), "initial SLR: " + SyNotifications.why(failure));
            }
            SyFailure f = SyFailure.of(sla);
            if (f != null) {
                return failed(f, Map.of(), "initial SLR answered " + io.pcrfd.diameter.message.ResultCodes.of(sla));
            }
            SySession s = new SySession(q.owner(), sessionId, subscription(q.owner()),
                    merge(Map.of(), q.counters(), SyMessages.reports(sla)),
                    Map.of(q.gxSessionId(), List.copyOf(new TreeSet<>(q.counters()))), SyMessages.originHost(sla),
                    SyMessages.originStateId(sla), ctx.expiry());
            return stored(q, s);
        }).thenCompose(x -> x);
    }

    private CompletionStage<Outcome> intermediate(Query q, SySession s, Map<String, List<String>> gx,
                                                  Set<String> wanted) {
        DiameterMessage slr = ctx.messages().slr(s.sessionId(), s.ocsHost(), Ts29219.SlRequestType.INTERMEDIATE_REQUEST,
                Policy.subscriptionIdOf(q.owner()), wanted);
        ctx.counters().count(SyCounters.Event.SLR_INTERMEDIATE);
        return ctx.exchange(slr).handle((sla, failure) -> {
            if (failure != null) {
                return failed(SyFailure.UNREACHABLE, s.counters(), "intermediate SLR: " + SyNotifications.why(failure));
            }
            SyFailure f = SyFailure.of(sla);
            if (f != null) {
                return failed(f, s.counters(), "intermediate SLR answered "
                        + io.pcrfd.diameter.message.ResultCodes.of(sla));
            }
            return stored(q, ctx.with(s, s.sessionId(), merge(s.counters(), wanted, SyMessages.reports(sla)), gx,
                    s.ocsHost(), s.ocsStateId()));
        }).thenCompose(x -> x);
    }

    private CompletionStage<Outcome> stored(Query q, SySession s) {
        return ctx.store().put(s).thenApply(x -> {
            ctx.schedulePending(s);
            return new Outcome.Found(ctx.lookup(q, s.counters()));
        });
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
