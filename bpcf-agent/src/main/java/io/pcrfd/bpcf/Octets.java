package io.pcrfd.bpcf;

/**
 * A volume of octets as Used-Service-Unit and Granted-Service-Unit carry it (RFC 4006 §8.17,
 * §8.19): CC-Total-Octets, and CC-Input-Octets / CC-Output-Octets when known.
 *
 * @param total  CC-Total-Octets
 * @param input  CC-Input-Octets (from the UE), or null when not given
 * @param output CC-Output-Octets (towards the UE), or null when not given
 */
public record Octets(long total, Long input, Long output) {
    public static final Octets ZERO = new Octets(0, 0L, 0L);

    public Octets {
        if (total < 0 || (input != null && input < 0) || (output != null && output < 0)) {
            throw new IllegalArgumentException("octets cannot be negative");
        }
    }

    /**
     * From a command's or a REST call's values: {@code total} when given, else input + output;
     * when all three are given the total must be their sum.
     *
     * @throws IllegalArgumentException with a readable reason
     */
    public static Octets of(Long total, Long input, Long output) {
        if (total == null && input == null && output == null) {
            throw new IllegalArgumentException("give octets, or input and/or output");
        }
        if (total == null) {
            return new Octets(sum(nz(input), nz(output)), nz(input), nz(output));
        }
        if (input != null && output != null && sum(input, output) != total) {
            throw new IllegalArgumentException("octets (" + total + ") must equal input + output (" + (input + output) + ")");
        }
        return new Octets(total, input, output);
    }

    /** True when input and output are both known (then they add up to the total). */
    public boolean split() {
        return input != null && output != null;
    }

    /** The sum; the split stays known only when both sides knew it. */
    Octets plus(Octets o) {
        boolean split = split() && o.split();
        return new Octets(sum(total, o.total), split ? sum(input, o.input) : null, split ? sum(output, o.output) : null);
    }

    /** a + b; an Unsigned64 beyond 2^63-1 octets is refused rather than wrapped. */
    private static long sum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("usage beyond " + Long.MAX_VALUE + " octets");
        }
    }

    /** True when this usage reaches {@code grant} in any of the volumes the grant names. */
    boolean reaches(Octets grant) {
        return total >= grant.total && grant.total > 0
                || grant.input != null && grant.input > 0 && input != null && input >= grant.input
                || grant.output != null && grant.output > 0 && output != null && output >= grant.output;
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
