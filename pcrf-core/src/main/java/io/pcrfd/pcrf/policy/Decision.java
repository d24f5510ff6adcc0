package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine decided for one request: accept with a target state and what must be sent
 * to reach it, or reject with a result code. Both say when the decision may next change by
 * itself ({@link #nextChange()}), so the runtime can schedule a RAR at that instant.
 */
public sealed interface Decision {

    /** The next instant at which a time-of-day or day-of-week condition flips, if any. */
    Optional<Instant> nextChange();

    /**
     * Accept. Fields that did not change against the session are null (or empty), so an
     * answer or RAR carries only what changes; on CCR-I everything that is set is a change.
     *
     * @param target           the full state the session should now have
     * @param rules            Charging-Rule-Install / -Remove against the installed rules
     * @param defaultQos       Default-EPS-Bearer-QoS to send, or null when unchanged
     * @param ambr             APN-AMBR to send, or null when unchanged
     * @param eventTriggers    the full Event-Trigger set to send, or null when unchanged; an
     *                         empty set means "no more triggers", which Gx says with
     *                         NO_EVENT_TRIGGERS (14, TS 29.212 §5.3.7)
     * @param grants           Usage-Monitoring-Information grants to send now (already capped)
     * @param stopMonitoring   Monitoring-Keys no longer wanted (send Usage-Monitoring-Support
     *                         USAGE_MONITORING_DISABLED, TS 29.212 §4.5.16)
     * @param revalidationTime Revalidation-Time to send, or null
     * @param failedRules      rule names the PCEF reported failed and the policy still wants;
     *                         not offered again while so, the runtime stores them
     * @param nextChange       see {@link Decision#nextChange()}
     */
    record Accept(PolicyState target, RuleDiff rules, BearerQos defaultQos, BitratePair ambr,
                  Set<EventTrigger> eventTriggers, List<UsageGrant> grants, List<String> stopMonitoring,
                  Instant revalidationTime, Set<String> failedRules, Optional<Instant> nextChange)
            implements Decision {
        public Accept {
            grants = List.copyOf(grants);
            stopMonitoring = List.copyOf(stopMonitoring);
            // sorted, so answers built from a decision are byte-for-byte reproducible
            failedRules = failedRules.isEmpty() ? Collections.emptySortedSet()
                    : Collections.unmodifiableSortedSet(new TreeSet<>(failedRules));
            eventTriggers = eventTriggers == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(eventTriggers));
        }

        /** True when nothing needs to be sent: a scheduled RAR for this decision can be skipped. */
        public boolean changesNothing() {
            return rules.isEmpty() && defaultQos == null && ambr == null && eventTriggers == null
                    && grants.isEmpty() && stopMonitoring.isEmpty();
        }
    }

    /**
     * Reject the request.
     *
     * @param resultCode the Result-Code or Experimental-Result to answer with
     * @param reason     why, for the log line (a rule name or "unknown subscriber")
     * @param nextChange see {@link Decision#nextChange()}
     */
    record Reject(ResultCode resultCode, String reason, Optional<Instant> nextChange) implements Decision {
    }
}
