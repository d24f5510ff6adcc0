package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Required;

/**
 * A threshold of a metering policy: once the rated usage reaches {@code at}, {@code then}
 * applies on the networks named, on top of the plan's actions, for as long as the policy is the
 * active one and the usage stays at or above the level (until the reset).
 *
 * @param at       the level: a percentage of the quota or an absolute rated volume
 * @param networks where the actions go; both when not written
 * @param then     the actions: a QoS or AMBR change, a throttling or redirecting dynamic rule,
 *                 rules installed or removed (the same keys as a plan rule's {@code then})
 * @param notification log the crossing and count it (the REST usage view shows it either way);
 *                 {@code notify} is a name Java keeps for itself
 */
public record MeteringThreshold(@Required ThresholdLevel at, MeteringNetworks networks, Actions then, Boolean notification) {
    public MeteringThreshold {
        networks = networks == null ? MeteringNetworks.BOTH : networks;
        then = then == null ? Actions.NONE : then;
        notification = notification != null && notification;
        io.pcrfd.pcrf.config.InvalidValueException.check(then.reject() == null, "then.reject",
                "a metering threshold throttles, redirects or changes rules; it does not reject");
    }
}
