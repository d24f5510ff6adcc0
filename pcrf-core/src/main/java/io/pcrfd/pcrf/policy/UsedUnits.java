package io.pcrfd.pcrf.policy;

/**
 * Octets and seconds used: the content of Used-Service-Unit (CC-Total-Octets,
 * CC-Input-Octets, CC-Output-Octets, CC-Time), and the running totals per Monitoring-Key.
 * When a report gives only input and output, the total is their sum.
 *
 * @param total   CC-Total-Octets
 * @param input   CC-Input-Octets
 * @param output  CC-Output-Octets
 * @param seconds CC-Time
 */
public record UsedUnits(long total, long input, long output, long seconds) {
    public static final UsedUnits ZERO = new UsedUnits(0, 0, 0, 0);

    public UsedUnits {
        if (total < 0 || input < 0 || output < 0 || seconds < 0) {
            throw new IllegalArgumentException("used units cannot be negative");
        }
    }

    public static UsedUnits ofTotal(long total) {
        return new UsedUnits(total, 0, 0, 0);
    }

    /** Adds another report, saturating rather than overflowing. */
    public UsedUnits plus(UsedUnits o) {
        return new UsedUnits(sat(total, o.total), sat(input, o.input), sat(output, o.output), sat(seconds, o.seconds));
    }

    private static long sat(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
