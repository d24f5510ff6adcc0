package io.pcrfd.pcrf.policy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accumulates the actions of the matching rules of a plan into one {@link PolicyState}, with
 * the merge semantics documented on {@link Actions}. Mutable and short-lived: one per decision.
 */
final class TargetBuilder {
    private final Map<String, PccRule> rules = new LinkedHashMap<>();
    private final Map<String, UsageGrant> monitoring = new LinkedHashMap<>();
    private final TreeSet<EventTrigger> triggers = new TreeSet<>();
    private BearerQos defaultQos;
    private BitratePair ambr;
    private Duration revalidation;

    void apply(Actions a) {
        a.install().forEach(n -> put(new PccRule.Predefined(n)));
        a.installBases().forEach(n -> put(new PccRule.RuleBase(n)));
        a.dynamicRules().forEach(d -> put(new PccRule.Dynamic(d)));
        a.remove().forEach(n -> rules.remove(new PccRule.Predefined(n).key()));
        a.removeBases().forEach(n -> rules.remove(new PccRule.RuleBase(n).key()));
        a.usageMonitoring().forEach(g -> monitoring.put(g.key(), g));
        triggers.addAll(a.eventTriggers());
        defaultQos = a.defaultQos() != null ? a.defaultQos() : defaultQos;
        ambr = a.ambr() != null ? a.ambr() : ambr;
        revalidation = a.revalidation() != null ? a.revalidation() : revalidation;
    }

    /** A dynamic rule from outside the plan (an Rx AF session's media, TS 29.213 §6.3). */
    void putDynamic(ChargingRuleDefinition d) {
        put(new PccRule.Dynamic(d));
    }

    /** Re-putting moves nothing: a replaced rule keeps its place in the order. */
    private void put(PccRule rule) {
        rules.put(rule.key(), rule);
    }

    /**
     * The state, minus rules the PCEF reported failed. USAGE_REPORT is subscribed whenever
     * something is monitored (TS 29.212 §4.5.16 needs it for reports) and REVALIDATION_TIMEOUT
     * whenever a revalidation time is given (TS 29.212 §4.5.12).
     */
    PolicyState build(Set<String> failed) {
        failed.forEach(rules::remove);
        if (!monitoring.isEmpty()) {
            triggers.add(EventTrigger.USAGE_REPORT);
        }
        if (revalidation != null) {
            triggers.add(EventTrigger.REVALIDATION_TIMEOUT);
        }
        return new PolicyState(rules, defaultQos, ambr, monitoring, triggers, revalidation);
    }

    /** Names of rules the policy wants (before failed ones are taken out). */
    Set<String> wantedNames() {
        Set<String> names = new TreeSet<>();
        rules.values().stream().filter(r -> !(r instanceof PccRule.RuleBase)).forEach(r -> names.add(r.name()));
        return names;
    }
}
