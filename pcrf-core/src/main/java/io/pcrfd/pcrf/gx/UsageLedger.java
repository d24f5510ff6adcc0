package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.Plan;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.Subscriber;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Running usage per subscriber and Monitoring-Key, in the store's usage totals (TS 29.212
 * §4.5.16: the PCRF accumulates the used units the PCEF reports). Totals belong to the
 * subscriber (its trafficId: IMSI, else MSISDN), not to one session, so a threshold such as
 * "throttle after 1 GB" holds across reconnections until they expire
 * ({@link GxSettings#usageRetention()}); a session without IMSI or MSISDN counts on its own.
 *
 * <p>Each key is one store entry holding CC-Total-Octets (the figure policy conditions test),
 * CC-Input-Octets, CC-Output-Octets and CC-Time ({@link UsageStore}). A report is one store call,
 * which returns the key's totals after it: those are what the decision that follows sees
 * ({@link #totals} reads only the keys that were not reported). With a store that answers at
 * once ({@link UsageStore#immediate()}, the in-memory one) the ledger calls it synchronously:
 * a completed stage per key would be most of what a report costs.
 */
final class UsageLedger {
    private final UsageStore store;
    /** The store's synchronous form; null when its calls complete later (Redis). */
    private final UsageStore.Immediate immediate;

    UsageLedger(UsageStore store) {
        this.store = store;
        this.immediate = store.immediate().orElse(null);
    }

    /**
     * Adds every report to its key's totals and completes with the totals of the reported keys
     * after the adds (a key reported twice in one request: after both, in report order).
     */
    CompletionStage<Map<String, UsedUnits>> add(String owner, List<UsageReport> reports, Instant expiresAt) {
        long expires = expiresAt.toEpochMilli();
        if (immediate == null) {
            return addLater(owner, reports, expires);
        }
        try {
            if (reports.size() == 1) {
                UsageReport r = reports.get(0);
                return CompletableFuture.completedFuture(Map.of(r.monitoringKey(), units(addNow(owner, r, expires))));
            }
            Map<String, UsedUnits> out = new HashMap<>();
            for (UsageReport r : reports) {
                out.put(r.monitoringKey(), units(addNow(owner, r, expires)));
            }
            return CompletableFuture.completedFuture(out);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static final CompletionStage<Object> RECORDED = CompletableFuture.completedFuture(null);

    /**
     * Adds every report to its key's totals as {@link #add} does, for a caller that does not read
     * the totals after them (a CCR-T's final report: no decision follows). Through the store's
     * synchronous form nothing is gathered: a shared completed stage, or a failed one.
     */
    CompletionStage<?> record(String owner, List<UsageReport> reports, Instant expiresAt) {
        if (immediate == null) {
            return add(owner, reports, expiresAt);
        }
        long expires = expiresAt.toEpochMilli();
        try {
            for (int i = 0; i < reports.size(); i++) {
                addNow(owner, reports.get(i), expires);
            }
            return RECORDED;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private UsageTotals addNow(String owner, UsageReport r, long expires) {
        UsedUnits u = r.used();
        return immediate.addNow(new UsageKey(owner, r.monitoringKey()), u.total(), u.input(), u.output(), u.seconds(),
                expires);
    }

    /** The adds through stages; a store keeps the order of one caller's calls, so the last of a key is the latest. */
    private CompletionStage<Map<String, UsedUnits>> addLater(String owner, List<UsageReport> reports, long expires) {
        List<CompletableFuture<UsageTotals>> adds = new ArrayList<>(reports.size());
        for (UsageReport r : reports) {
            UsedUnits u = r.used();
            adds.add(store.add(new UsageKey(owner, r.monitoringKey()), u.total(), u.input(), u.output(), u.seconds(),
                    expires).toCompletableFuture());
        }
        return CompletableFuture.allOf(adds.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, UsedUnits> out = new HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                out.put(reports.get(i).monitoringKey(), units(adds.get(i).join()));
            }
            return out;
        });
    }

    private static final CompletionStage<Map<String, UsedUnits>> NO_TOTALS = CompletableFuture.completedFuture(Map.of());

    /** The running totals of {@code keys}. */
    CompletionStage<Map<String, UsedUnits>> totals(String owner, Set<String> keys) {
        return totals(owner, keys, Map.of());
    }

    /**
     * The running totals of {@code keys}: those in {@code known} (what this request's adds
     * returned) as they are, the others read, one store call per key.
     */
    CompletionStage<Map<String, UsedUnits>> totals(String owner, Set<String> keys, Map<String, UsedUnits> known) {
        if (keys.isEmpty() && known.isEmpty()) {
            return NO_TOTALS; // a plan without monitoring keys and nothing reported (the usual CCR-I)
        }
        if (known.keySet().containsAll(keys)) {
            return CompletableFuture.completedFuture(known);
        }
        if (immediate == null) {
            return readLater(owner, keys, known);
        }
        try {
            if (keys.size() == 1) {
                String key = keys.iterator().next();
                return CompletableFuture.completedFuture(Map.of(key, units(immediate.getNow(new UsageKey(owner, key)))));
            }
            Map<String, UsedUnits> out = new HashMap<>(known);
            for (String key : keys) {
                if (!known.containsKey(key)) {
                    out.put(key, units(immediate.getNow(new UsageKey(owner, key))));
                }
            }
            return CompletableFuture.completedFuture(out);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletionStage<Map<String, UsedUnits>> readLater(String owner, Set<String> keys,
                                                              Map<String, UsedUnits> known) {
        Map<String, CompletableFuture<UsageTotals>> reads = new HashMap<>();
        for (String key : keys) {
            if (!known.containsKey(key)) {
                reads.put(key, store.get(new UsageKey(owner, key)).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, UsedUnits> out = new HashMap<>(known);
            reads.forEach((k, f) -> out.put(k, units(f.join())));
            return out;
        });
    }

    /** The totals as the policy reads them; a key with none (the stores answer {@code NONE} itself) shares ZERO. */
    private static UsedUnits units(UsageTotals t) {
        return t == UsageTotals.NONE ? UsedUnits.ZERO
                : new UsedUnits(t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds());
    }

    /**
     * The Monitoring-Keys a subscriber's plan grants or tests, plus those just reported. A plan's
     * own keys are worked out once per loaded policy and shared when nothing else was reported.
     */
    static Set<String> keys(Policy policy, Optional<Subscriber> subscriber, List<UsageReport> reported) {
        Plan plan = policy.plans().get(subscriber.map(Subscriber::plan).orElse(policy.defaultPlan()));
        Set<String> own = plan == null ? Set.of() : PlanKeys.of(policy, plan);
        boolean more = false;
        for (int i = 0; i < reported.size() && !more; i++) {
            more = !own.contains(reported.get(i).monitoringKey());
        }
        if (!more) {
            return own;
        }
        Set<String> keys = new LinkedHashSet<>(own);
        for (int i = 0; i < reported.size(); i++) {
            keys.add(reported.get(i).monitoringKey());
        }
        return keys;
    }

    /** The keys of each plan of the policy last asked about (a reload replaces the policy object). */
    private record PlanKeys(Policy policy, Map<Plan, Set<String>> byPlan) {
        private static volatile PlanKeys last = new PlanKeys(null, Map.of());

        static Set<String> of(Policy policy, Plan plan) {
            PlanKeys k = last;
            if (k.policy != policy) {
                Map<Plan, Set<String>> byPlan = new java.util.IdentityHashMap<>();
                for (Plan p : policy.plans().values()) {
                    byPlan.put(p, java.util.Collections.unmodifiableSet(p.monitoringKeys()));
                }
                k = new PlanKeys(policy, byPlan);
                last = k;
            }
            Set<String> keys = k.byPlan.get(plan);
            return keys != null ? keys : plan.monitoringKeys();
        }
    }
}
