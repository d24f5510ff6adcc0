package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.Decision;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.RuleDiff;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What one CCA or RAR carries to move the PCEF from {@code before} to a decision's target:
 * the engine's diff plus the Event-Triggers the PCRF must subscribe to for its own sake.
 *
 * <p>Implied triggers: while a session has usage monitoring the PCRF subscribes to
 * USAGE_REPORT (33, TS 29.212 §4.5.16), and while it has a revalidation interval to
 * REVALIDATION_TIMEOUT (17, §4.5.6), even if the policy did not list them. Event-Trigger
 * replaces the whole set at the PCEF (§5.3.7), so the full set is sent whenever it changes,
 * and NO_EVENT_TRIGGERS (14) when it becomes empty.
 *
 * @param rules            Charging-Rule-Install / -Remove
 * @param defaultQos       Default-EPS-Bearer-QoS, or null
 * @param ambr             APN-AMBR (QoS-Information), or null
 * @param eventTriggers    the Event-Trigger set to send, or null when unchanged
 * @param revalidationTime Revalidation-Time, or null
 * @param grants           Usage-Monitoring-Information grants
 * @param stopMonitoring   Monitoring-Keys to stop (Usage-Monitoring-Support DISABLED)
 */
public record PolicyUpdate(RuleDiff rules, BearerQos defaultQos, BitratePair ambr, SortedSet<EventTrigger> eventTriggers,
                           Instant revalidationTime, List<UsageGrant> grants, List<String> stopMonitoring) {
    static final EventTrigger NO_EVENT_TRIGGERS = new EventTrigger(14);
    /**
     * The effective triggers of recent targets, by their identity (the engine shares one
     * target per plan and rule set, so a CCR-I does not build the same set again); read-only.
     */
    private static final int REMEMBERED = 256;
    private static final AtomicReferenceArray<Effective> EFFECTIVE = new AtomicReferenceArray<>(REMEMBERED);

    private record Effective(PolicyState state, SortedSet<EventTrigger> triggers) {
    }

    public PolicyUpdate {
        grants = List.copyOf(grants);
        stopMonitoring = List.copyOf(stopMonitoring);
    }

    /** The update for {@code d} given what the PCEF had ({@link PolicyState#EMPTY} on CCR-I). */
    public static PolicyUpdate of(Decision.Accept d, PolicyState before) {
        SortedSet<EventTrigger> send = null;
        if (!sameTriggers(before, d.target())) {
            SortedSet<EventTrigger> now = remembered(d.target());
            send = now.isEmpty() ? new TreeSet<>(List.of(NO_EVENT_TRIGGERS)) : now;
        }
        return new PolicyUpdate(d.rules(), d.defaultQos(), d.ambr(), send, d.revalidationTime(), d.grants(),
                d.stopMonitoring());
    }

    /** {@link #effectiveTriggers} of {@code s}, unmodifiable, remembered by the identity of {@code s}. */
    private static SortedSet<EventTrigger> remembered(PolicyState s) {
        int slot = System.identityHashCode(s) & (REMEMBERED - 1);
        Effective e = EFFECTIVE.get(slot);
        if (e == null || e.state != s) {
            e = new Effective(s, Collections.unmodifiableSortedSet(effectiveTriggers(s)));
            EFFECTIVE.set(slot, e);
        }
        return e.triggers;
    }

    /** The triggers the PCEF should report for {@code s}, implied ones included. */
    public static SortedSet<EventTrigger> effectiveTriggers(PolicyState s) {
        SortedSet<EventTrigger> out = new TreeSet<>(s.eventTriggers());
        if (s.revalidation() != null) {
            out.add(EventTrigger.REVALIDATION_TIMEOUT);
        }
        if (!s.monitoring().isEmpty()) {
            out.add(EventTrigger.USAGE_REPORT);
        }
        return out;
    }

    /**
     * Whether {@code a} and {@code b} have the same {@linkplain #effectiveTriggers effective
     * triggers}; decided without building either set, since most CCR-U change none.
     */
    static boolean sameTriggers(PolicyState a, PolicyState b) {
        return a == b || covers(a, b) && covers(b, a);
    }

    /** Every effective trigger of {@code a} is one of {@code b}. */
    private static boolean covers(PolicyState a, PolicyState b) {
        for (EventTrigger t : a.eventTriggers()) {
            if (!effective(b, t)) {
                return false;
            }
        }
        return (a.revalidation() == null || effective(b, EventTrigger.REVALIDATION_TIMEOUT))
                && (a.monitoring().isEmpty() || effective(b, EventTrigger.USAGE_REPORT));
    }

    private static boolean effective(PolicyState s, EventTrigger t) {
        return s.eventTriggers().contains(t)
                || (s.revalidation() != null && t.equals(EventTrigger.REVALIDATION_TIMEOUT))
                || (!s.monitoring().isEmpty() && t.equals(EventTrigger.USAGE_REPORT));
    }

    /** True when a RAR would carry nothing. */
    public boolean isEmpty() {
        return rules.isEmpty() && defaultQos == null && ambr == null && eventTriggers == null && grants.isEmpty()
                && stopMonitoring.isEmpty();
    }
}
