package io.pcrfd.pcrf.config;

import java.util.List;

/**
 * A policy counter the OCS reports over Sy (TS 29.219 §4.2): its status is derived from the
 * balance of one credit container and thresholds on it, unless an operator sets it.
 *
 * @param id         the Policy-Counter-Identifier
 * @param container  the container whose balance decides the status
 * @param normal     the status above every threshold
 * @param thresholds statuses by balance: the status of the lowest threshold the balance is at or
 *                   below applies
 */
public record PolicyCounterConfig(@Required String id, @Required String container, String normal,
                                  List<CounterThresholdConfig> thresholds) {
    public static final String DEFAULT_NORMAL = "normal";
    public static final List<CounterThresholdConfig> DEFAULT_THRESHOLDS = List.of(
            new CounterThresholdConfig("near-limit", "20%"), new CounterThresholdConfig("exhausted", "0"));

    public PolicyCounterConfig {
        InvalidValueException.check(normal != null && !normal.isBlank(), "normal", "must not be empty");
        thresholds = List.copyOf(thresholds);
    }

    public static PolicyCounterConfig defaults() {
        return new PolicyCounterConfig(null, null, DEFAULT_NORMAL, DEFAULT_THRESHOLDS);
    }
}
