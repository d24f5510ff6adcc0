package io.pcrfd.store.model;

import java.util.Objects;

/**
 * A usage monitor of the session (TS 29.212 §4.5.17): its Monitoring-Key, its level and the
 * volume granted and used so far, in octets. The accumulated usage across sessions lives in
 * counters ({@link CounterKey}), not here.
 *
 * @param sessionLevel true for Usage-Monitoring-Level SESSION_LEVEL, false for PCC_RULE_LEVEL
 */
public record UsageMonitor(String monitoringKey, boolean sessionLevel, long grantedOctets,
                           long usedOctets) {

    public UsageMonitor {
        Objects.requireNonNull(monitoringKey, "monitoringKey");
    }
}
