package io.pcrfd.pcrf.metering;

import java.time.Instant;
import java.util.Map;

/**
 * One metering policy's meters in one period, read from the subscriber's stored meters. The
 * names are {@code policy|periodStartEpochSeconds|field}, the fields {@code rated}
 * (milli-octets: octets times the rating factor in thousandths, exact), {@code fixed} and
 * {@code mobile} (octets reported per network, unrated). A new period has new names, so a
 * reset at the period's start needs no write; the old period's meters stay until the record
 * expires or the operator resets.
 *
 * @param ratedMilli rated usage in milli-octets
 * @param fixed      octets reported by the fixed network
 * @param mobile     octets reported by the mobile network
 */
public record PolicyMeter(long ratedMilli, long fixed, long mobile) {
    public static final String RATED = "rated";

    /** The meter name of {@code field} for {@code policy} in the period starting at {@code start}. */
    public static String name(String policy, Instant start, String field) {
        return prefix(policy, start) + field;
    }

    /** The name prefix of a policy's meters in one period. */
    public static String prefix(String policy, Instant start) {
        return policy + "|" + start.getEpochSecond() + "|";
    }

    /** The name prefix of all of a policy's meters, every period. */
    public static String prefix(String policy) {
        return policy + "|";
    }

    /** The field of the raw octets of {@code network}. */
    public static String field(Network network) {
        return network == Network.FIXED ? "fixed" : "mobile";
    }

    /** Reads {@code policy}'s meters of the period starting at {@code start}. */
    public static PolicyMeter read(Map<String, Long> meters, String policy, Instant start) {
        String p = prefix(policy, start);
        return new PolicyMeter(meters.getOrDefault(p + RATED, 0L), meters.getOrDefault(p + "fixed", 0L),
                meters.getOrDefault(p + "mobile", 0L));
    }

    /** Rated usage in whole octets, rounded down (what the REST view shows). */
    public long ratedOctets() {
        return Math.floorDiv(ratedMilli, 1000L);
    }
}
