package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.Actions;
import io.pcrfd.pcrf.policy.Conditions;
import io.pcrfd.pcrf.policy.MeteringReset;
import io.pcrfd.pcrf.policy.MeteringThreshold;
import io.pcrfd.pcrf.policy.RatingEntry;
import java.util.Comparator;
import java.util.List;

/**
 * A metering policy with its inheritance resolved: every attribute a secondary does not write
 * is its primary's. Thresholds are sorted by level (milli-octets of rated usage).
 *
 * @param name          its name in the policy file
 * @param primary       the policy it inherits from; null for a primary
 * @param when          its own applicability condition (its primary's is tested separately)
 * @param monitoringKey the Monitoring-Key its usage is reported under
 * @param quota         octets of rated usage per period
 * @param grant         the largest grant sent for the key, in octets
 * @param rating        rating lines, first match wins
 * @param then          actions while it is active, on both networks
 * @param thresholds    thresholds, lowest level first
 * @param reset         the period
 */
public record MeteringPolicy(String name, String primary, Conditions when, String monitoringKey, long quota,
                             long grant, List<RatingEntry> rating, Actions then, List<MeteringThreshold> thresholds,
                             MeteringReset reset) {
    /** The grant when a policy writes none: large enough to keep reports rare, small enough to meter. */
    public static final long DEFAULT_GRANT = 100_000_000L;

    public MeteringPolicy {
        rating = List.copyOf(rating);
        long q = quota;
        thresholds = thresholds.stream().sorted(Comparator.comparingLong(t -> t.at().milliOctets(q))).toList();
    }

    /** The quota in milli-octets of rated usage. */
    public long quotaMilli() {
        return Math.multiplyExact(quota, 1000L);
    }

    /** The level of threshold {@code t} in milli-octets. */
    public long levelMilli(MeteringThreshold t) {
        return t.at().milliOctets(quota);
    }
}
