package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;

/**
 * Allocation-Retention-Priority (TS 29.212 §5.3.32, AVP 1034). When capability or
 * vulnerability is not written, the values the spec assumes for an absent AVP apply:
 * capability DISABLED, vulnerability ENABLED.
 *
 * @param priority      Priority-Level 1 (highest) to 15 (lowest)
 * @param capability    Pre-emption-Capability: may this bearer pre-empt others
 * @param vulnerability Pre-emption-Vulnerability: may others pre-empt this bearer
 */
public record Arp(@Required Integer priority, Preemption capability, Preemption vulnerability) {
    public Arp {
        InvalidValueException.check(priority == null || (priority >= 1 && priority <= 15), "priority",
                "Priority-Level is 1-15, got " + priority);
        capability = capability == null ? Preemption.DISABLED : capability;
        vulnerability = vulnerability == null ? Preemption.ENABLED : vulnerability;
    }

    public static Arp of(int priority) {
        return new Arp(priority, Preemption.DISABLED, Preemption.ENABLED);
    }
}
