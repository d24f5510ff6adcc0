package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.Plan;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.PolicyRule;
import io.pcrfd.pcrf.policy.Subscriber;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Running usage per subscriber and Monitoring-Key, in the store's atomic counters (TS 29.212
 * §4.5.16: the PCRF accumulates the used units the PCEF reports). Totals belong to the
 * subscriber (its trafficId: IMSI, else MSISDN), not to one session, so a threshold such as
 * "throttle after 1 GB" holds across reconnections until the counters expire
 * ({@link GxSettings#usageRetention()}); a session without IMSI or MSISDN counts on its own.
 *
 * <p>Each key has four counters: the key itself holds CC-Total-Octets (the figure policy
 * conditions test), and {@code key/input}, {@code key/output}, {@code key/time} the rest.
 * The four names of a Monitoring-Key are built once and shared ({@link #namesOf}): they are
 * kept in every subscriber's counters for the usage retention, and building them per report
 * was a large part of what a CCR-U allocated.
 */
final class UsageLedger {
    /** Distinct Monitoring-Keys whose names are kept; a policy has a handful. */
    static final int MAX_SHARED_KEYS = 1024;
    private static final int TOTAL = 0;
    private static final int INPUT = 1;
    private static final int OUTPUT = 2;
    private static final int TIME = 3;

    private final CounterStore counters;
    private final ConcurrentHashMap<String, String[]> names = new ConcurrentHashMap<>();

    UsageLedger(CounterStore counters) {
        this.counters = counters;
    }

    /**
     * Adds every report; completes when all counters are written. A store that answers at once
     * (the in-memory one) gets no combining stages: they would be most of what a report costs.
     */
    CompletionStage<Void> add(String owner, List<UsageReport> reports, Instant expiresAt) {
        CompletableFuture<?>[] writes = new CompletableFuture<?>[reports.size() * 4];
        int i = 0;
        for (UsageReport r : reports) {
            UsedUnits u = r.used();
            String[] n = namesOf(r.monitoringKey());
            writes[i++] = add(owner, n[TOTAL], u.total(), expiresAt);
            writes[i++] = add(owner, n[INPUT], u.input(), expiresAt);
            writes[i++] = add(owner, n[OUTPUT], u.output(), expiresAt);
            writes[i++] = add(owner, n[TIME], u.seconds(), expiresAt);
        }
        return allDoneWell(writes) ? DONE : CompletableFuture.allOf(writes);
    }

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    /** Whether every stage has completed normally (then its value can be read without waiting). */
    private static boolean allDoneWell(CompletableFuture<?>... stages) {
        for (CompletableFuture<?> f : stages) {
            if (!f.isDone() || f.isCompletedExceptionally()) {
                return false;
            }
        }
        return true;
    }

    /** The counter names of a Monitoring-Key: itself, /input, /output, /time. */
    private String[] namesOf(String key) {
        String[] known = names.get(key);
        if (known != null) {
            return known;
        }
        String[] built = {key, key + "/input", key + "/output", key + "/time"};
        if (names.size() >= MAX_SHARED_KEYS) {
            return built;
        }
        String[] raced = names.putIfAbsent(key, built);
        return raced == null ? built : raced;
    }

    private CompletableFuture<Long> add(String owner, String name, long delta, Instant expiresAt) {
        return counters.add(new CounterKey(CounterScope.MONITORING_KEY, owner, name), delta, expiresAt)
                .toCompletableFuture();
    }

    /** The running totals of {@code keys}. */
    CompletionStage<Map<String, UsedUnits>> totals(String owner, Set<String> keys) {
        Map<String, CompletableFuture<UsedUnits>> reads = new HashMap<>();
        boolean done = true;
        for (String key : keys) {
            CompletableFuture<UsedUnits> f = total(owner, key);
            reads.put(key, f);
            done &= f.isDone() && !f.isCompletedExceptionally();
        }
        if (done) {
            Map<String, UsedUnits> out = new HashMap<>();
            reads.forEach((k, f) -> out.put(k, f.join()));
            return CompletableFuture.completedFuture(out);
        }
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, UsedUnits> out = new HashMap<>();
            reads.forEach((k, f) -> out.put(k, f.join()));
            return out;
        });
    }

    private CompletableFuture<UsedUnits> total(String owner, String key) {
        String[] n = namesOf(key);
        CompletableFuture<Long> t = get(owner, n[TOTAL]);
        CompletableFuture<Long> in = get(owner, n[INPUT]);
        CompletableFuture<Long> out = get(owner, n[OUTPUT]);
        CompletableFuture<Long> time = get(owner, n[TIME]);
        if (allDoneWell(t, in, out, time)) {
            return CompletableFuture.completedFuture(new UsedUnits(t.join(), in.join(), out.join(), time.join()));
        }
        return CompletableFuture.allOf(t, in, out, time)
                .thenApply(v -> new UsedUnits(t.join(), in.join(), out.join(), time.join()));
    }

    private CompletableFuture<Long> get(String owner, String name) {
        return counters.get(new CounterKey(CounterScope.MONITORING_KEY, owner, name)).toCompletableFuture();
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
                    byPlan.put(p, java.util.Collections.unmodifiableSet(planKeys(p)));
                }
                k = new PlanKeys(policy, byPlan);
                last = k;
            }
            Set<String> keys = k.byPlan.get(plan);
            return keys != null ? keys : planKeys(plan);
        }
    }

    /** The keys a plan's rules test or grant, in rule order. */
    private static Set<String> planKeys(Plan plan) {
        Set<String> keys = new LinkedHashSet<>();
        for (PolicyRule r : plan.rules()) {
            if (r.when() != null && r.when().usage() != null) {
                keys.add(r.when().usage().key());
            }
            for (io.pcrfd.pcrf.policy.UsageGrant g : r.then().usageMonitoring()) {
                keys.add(g.key());
            }
        }
        return keys;
    }
}
