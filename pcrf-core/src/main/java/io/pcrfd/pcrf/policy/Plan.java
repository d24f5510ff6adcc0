package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named, ordered list of rules. Order is the whole semantics: a plan is usually a base rule
 * followed by rules that refine it (a faster QoS on WLAN, a throttled AMBR after 1 GB).
 *
 * @param rules the rules, evaluated first to last
 */
public record Plan(List<PolicyRule> rules) {
    public Plan {
        rules = List.copyOf(rules);
    }

    /**
     * Every Monitoring-Key the plan tests or grants: the usage totals the store must read
     * before a decision.
     */
    public Set<String> monitoringKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (PolicyRule r : rules) {
            if (r.when().usage() != null) {
                keys.add(r.when().usage().key());
            }
            r.then().usageMonitoring().forEach(g -> keys.add(g.key()));
        }
        return keys;
    }

    /** True when some rule tests a usage total (a {@code usage} condition; its thresholds cap grants too). */
    public boolean testsUsage() {
        for (PolicyRule r : rules) {
            if (r.when().usage() != null) {
                return true;
            }
        }
        return false;
    }

    /** True when some rule tests a Sy policy counter (most plans do not: no Sy work at all). */
    public boolean testsCounters() {
        for (PolicyRule r : rules) {
            if (r.when().counter() != null) {
                return true;
            }
        }
        return false;
    }

    /** The octet counts at which a usage condition on {@code key} changes its value. */
    public NavigableSet<Long> thresholds(String key) {
        NavigableSet<Long> out = new TreeSet<>();
        for (PolicyRule r : rules) {
            UsageCondition u = r.when().usage();
            if (u != null && u.key().equals(key)) {
                add(out, u.atLeast());
                add(out, u.below());
            }
        }
        return out;
    }

    private static void add(SortedSet<Long> out, DataSize size) {
        if (size != null) {
            out.add(size.bytes());
        }
    }
}
