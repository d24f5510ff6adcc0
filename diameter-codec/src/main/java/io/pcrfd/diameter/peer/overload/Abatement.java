package io.pcrfd.diameter.peer.overload;

/**
 * The overload report this node gives DOIC reacting nodes (RFC 7683), decided once a period
 * from what the period saw: a pure function of the previous decision and the period's
 * requests (arrived, refused, and how many of them announced DOIC). Immutable.
 *
 * <pre>
 *  QUIET ──refusals──▶ REPORTING(r) ──no refusals, r − 10 ≤ 0──▶ ENDING ──one validity later──▶ QUIET
 *                        ▲  │ refusals: r' = 1 − taken / unabated          │ refusals
 *                        │  │ none:     r' = r − 10                         │
 *                        └──┴───────────────────────────────────────────────┘
 * </pre>
 *
 * <p>With the loss algorithm (RFC 7683 §6.1: OLR_DEFAULT_ALGO) a reacting node drops or diverts
 * r % of what it would send; other peers send all they have. The load that would come without
 * any abatement is the non-DOIC arrivals plus the DOIC arrivals divided by (1 − r); the node
 * took {@code arrived − refused} of it; the reduction asked for is the rest's share, so that
 * the reduction compounds while reacting nodes' requests are still refused, and equals the
 * refused share when no peer abates. It eases by 10 points a period once refusals stop, so the
 * abated load comes back in steps rather than at once. A new sequence number is taken whenever
 * what is reported changes (§5.5.1, §7.3); it is at least the wall clock in milliseconds, so it
 * keeps growing across our restarts. The end of an overload is an OLR with
 * OC-Validity-Duration 0 (§5.5.1), kept for one validity period so every reacting node that
 * holds the report hears of its end.
 *
 * @param phase       what is being reported
 * @param reduction   OC-Reduction-Percentage, 0..100
 * @param sequence    OC-Sequence-Number of the current report
 * @param endsAtNanos ENDING: when the end report stops being sent
 */
public record Abatement(Phase phase, int reduction, long sequence, long endsAtNanos) {
    /** What the node reports. */
    public enum Phase { QUIET, REPORTING, ENDING }

    /** Refusals below this share of the arrivals are noise, not overload. */
    static final double MIN_REFUSED_SHARE = 0.005;
    /** Points the reduction eases by per period without refusals. */
    static final int EASE = 10;

    public static final Abatement QUIET = new Abatement(Phase.QUIET, 0, 0, 0);

    /**
     * The decision after a period in which {@code arrived} requests came, {@code doic} of them
     * announcing RFC 7683 support, and {@code refused} of them got 3004.
     */
    public Abatement next(long arrived, long refused, long doic, long nowNanos, long wallMillis, long validityNanos) {
        double share = arrived > 0 ? (double) refused / arrived : 0;
        if (refused > 0 && share >= MIN_REFUSED_SHARE) {
            double kept = Math.max(0.01, 1 - reduction / 100.0);
            long abating = Math.min(doic, arrived);
            double unabated = arrived - abating + abating / kept;
            int r = (int) Math.ceil(100 * (1 - Math.max(0, arrived - refused) / unabated) - 1e-9);
            return report(Math.max(1, Math.min(100, r)), wallMillis);
        }
        return switch (phase) {
            case QUIET -> this;
            case REPORTING -> reduction - EASE > 0 ? report(reduction - EASE, wallMillis)
                    : new Abatement(Phase.ENDING, 0, nextSequence(wallMillis), nowNanos + validityNanos);
            case ENDING -> nowNanos - endsAtNanos >= 0 ? new Abatement(Phase.QUIET, 0, sequence, 0) : this;
        };
    }

    private Abatement report(int r, long wallMillis) {
        if (phase == Phase.REPORTING && r == reduction) {
            return this;
        }
        return new Abatement(Phase.REPORTING, r, nextSequence(wallMillis), 0);
    }

    private long nextSequence(long wallMillis) {
        return Math.max(sequence + 1, wallMillis);
    }

    /** True when an OC-OLR goes into answers to reacting nodes. */
    public boolean reports() {
        return phase != Phase.QUIET;
    }
}
