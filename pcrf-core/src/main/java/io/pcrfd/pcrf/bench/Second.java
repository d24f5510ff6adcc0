package io.pcrfd.pcrf.bench;

/**
 * One interval of the live progress, about a second long, over all connections: what the
 * per-second lines print and the JSON report's series holds.
 *
 * @param index     1 for the first interval after the start of the load, and so on
 * @param phase     {@code warm-up}, {@code measure} (the measured window) or {@code run} (a
 *                  count-bounded run, measured throughout)
 * @param nanos     the interval's real length (the last one is usually shorter)
 * @param succeeded answers 2001 in it
 * @param failed    answers with a result other than 2001 and 3004 in it
 * @param timeouts  requests given up after the request timeout in it
 * @param refused   answers 3004 DIAMETER_TOO_BUSY in it (the server shedding load, not errors)
 * @param p99Nanos  the 99th percentile of the 2001 latencies in it, or -1 when there were none
 * @param p50Nanos  their median, or -1
 * @param maxNanos  the slowest of them, or -1
 */
public record Second(int index, String phase, long nanos, long succeeded, long failed, long timeouts, long refused,
                     long p99Nanos, long p50Nanos, long maxNanos) {
    public static final String WARM_UP = "warm-up";
    public static final String MEASURE = "measure";
    public static final String RUN = "run";

    /** A second known only by its p99 (median and maximum not taken). */
    public Second(int index, String phase, long nanos, long succeeded, long failed, long timeouts, long refused,
                  long p99Nanos) {
        this(index, phase, nanos, succeeded, failed, timeouts, refused, p99Nanos, -1, -1);
    }

    public double requestsPerSecond() {
        return nanos <= 0 ? 0 : succeeded * 1e9 / nanos;
    }

    /** Errors as the report counts them: other results and timeouts (refusals are not errors). */
    public long errors() {
        return failed + timeouts;
    }
}
