package io.pcrfd.pcrf.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine computes again and again for one plan, remembered: the target state of each
 * combination of applying rules, and the usage thresholds of each Monitoring-Key. Both are pure
 * functions of the plan (the decision stays a pure function of the situation; this only saves
 * building the same {@link PolicyState} for every session of a plan). One per plan of one
 * loaded policy, so a reload starts empty; bounded, and safe to share between threads.
 *
 * <p>Only the common case is remembered: no failed rules and no Rx AF sessions, which add
 * rules of their own; the engine builds those targets afresh.
 */
final class TargetMemo {
    /** Plans with more rules than bits in a long are decided without the memo. */
    static final int MAX_RULES = Long.SIZE;
    private static final int MAX_ENTRIES = 1024;

    /** A target state and the names of the rules it wants (before failed ones are taken out). */
    record Target(PolicyState state, Set<String> wanted) {
    }

    private final Plan plan;
    private final Map<Long, Target> targets = new ConcurrentHashMap<>();
    private final Map<String, SortedSet<Long>> thresholds = new ConcurrentHashMap<>();

    TargetMemo(Plan plan) {
        this.plan = plan;
    }

    /** The target when exactly the rules of the set bits of {@code applied} apply, in plan order. */
    Target target(long applied) {
        Target t = targets.get(applied);
        if (t == null) {
            TargetBuilder b = builder(plan, applied);
            t = new Target(b.build(Set.of()), Set.copyOf(b.wantedNames()));
            if (targets.size() < MAX_ENTRIES) {
                targets.put(applied, t);
            }
        }
        return t;
    }

    /** {@link Plan#thresholds}, computed once per key. */
    SortedSet<Long> thresholds(String key) {
        SortedSet<Long> t = thresholds.get(key);
        if (t == null) {
            t = Collections.unmodifiableNavigableSet(plan.thresholds(key));
            if (thresholds.size() < MAX_ENTRIES) {
                thresholds.put(key, t);
            }
        }
        return t;
    }

    /** A builder with the actions of the rules {@code applied} names, in plan order. */
    static TargetBuilder builder(Plan plan, long applied) {
        TargetBuilder b = new TargetBuilder();
        List<PolicyRule> rules = plan.rules();
        for (int i = 0; i < rules.size() && i < MAX_RULES; i++) {
            if ((applied & (1L << i)) != 0) {
                b.apply(rules.get(i).then());
            }
        }
        return b;
    }
}
