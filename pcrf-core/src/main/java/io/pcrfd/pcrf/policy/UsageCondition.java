package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;

/**
 * A usage level: the running total octets of one Monitoring-Key are at least {@code atLeast}
 * and below {@code below} (either bound may be omitted). These bounds are the plan's usage
 * thresholds: grants for the key are cut so the PCEF reports exactly when one is reached.
 *
 * @param key     Monitoring-Key
 * @param atLeast lower bound, inclusive
 * @param below   upper bound, exclusive
 */
public record UsageCondition(@Required String key, DataSize atLeast, DataSize below) {
    public UsageCondition {
        InvalidValueException.check(key == null || atLeast != null || below != null, "atLeast",
                "a usage condition needs atLeast or below");
        InvalidValueException.check(atLeast == null || below == null || atLeast.compareTo(below) < 0, "below",
                "must be larger than atLeast");
    }

    public boolean matches(long totalOctets) {
        return (atLeast == null || totalOctets >= atLeast.bytes()) && (below == null || totalOctets < below.bytes());
    }
}
