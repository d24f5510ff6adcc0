package io.pcrfd.pcrf.policy;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The policy of one session as a whole: the rules it should have, its default bearer QoS,
 * APN-AMBR, usage monitoring (as the plan wants it, before capping), event triggers and
 * revalidation interval. The engine produces the target state; the runtime stores the last
 * state the PCEF accepted and hands it back as {@link PolicySession#installed()}.
 *
 * @param rules         by {@link PccRule#key()}, in the policy's order
 * @param defaultQos    Default-EPS-Bearer-QoS, or null for none
 * @param ambr          APN-AMBR, or null for none
 * @param monitoring    usage monitoring wanted, by Monitoring-Key
 * @param eventTriggers the Event-Triggers the PCEF should report
 * @param revalidation  the interval after which the PCEF must ask again, or null
 */
public record PolicyState(Map<String, PccRule> rules, BearerQos defaultQos, BitratePair ambr,
                          Map<String, UsageGrant> monitoring, SortedSet<EventTrigger> eventTriggers,
                          Duration revalidation) {
    public static final PolicyState EMPTY = new PolicyState(Map.of(), null, null, Map.of(), new TreeSet<>(), null);

    public PolicyState {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        monitoring = Collections.unmodifiableMap(new LinkedHashMap<>(monitoring));
        eventTriggers = Collections.unmodifiableSortedSet(new TreeSet<>(eventTriggers));
    }
}
