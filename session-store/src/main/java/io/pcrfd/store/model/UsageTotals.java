package io.pcrfd.store.model;

/**
 * The running totals of one {@link UsageKey}: the four figures of Used-Service-Unit
 * (RFC 4006 §8.19: CC-Total-Octets, CC-Input-Octets, CC-Output-Octets, CC-Time) summed over
 * every report, and when they expire. Immutable: what a store call returns is the caller's own
 * copy (the in-memory store keeps the figures in primitive arrays, changed in place).
 *
 * @param totalOctets     sum of CC-Total-Octets
 * @param inputOctets     sum of CC-Input-Octets
 * @param outputOctets    sum of CC-Output-Octets
 * @param seconds         sum of CC-Time
 * @param expiresAtMillis when the totals expire (epoch ms; each add sets it); 0 for {@link #NONE}
 */
public record UsageTotals(long totalOctets, long inputOctets, long outputOctets, long seconds,
                          long expiresAtMillis) {

    /** Nothing counted: what a key never reported, expired or reset reads as. */
    public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0, 0);

    /**
     * These totals plus {@code report}: one report's figures, carrying the expiry the add sets.
     *
     * @throws ArithmeticException when a total would overflow
     */
    public UsageTotals plus(UsageTotals report) {
        return new UsageTotals(Math.addExact(totalOctets, report.totalOctets),
                Math.addExact(inputOctets, report.inputOctets), Math.addExact(outputOctets, report.outputOctets),
                Math.addExact(seconds, report.seconds), report.expiresAtMillis);
    }

    /** Whether these totals still count at {@code nowMillis}. */
    public boolean liveAt(long nowMillis) {
        return expiresAtMillis > nowMillis;
    }
}
