package io.pcrfd.pcrf.bench;

/**
 * One connection's share of the load.
 *
 * @param index         the connection's number (0-based); session numbers are
 *                      {@code k * connections + index}, so they are distinct over the run
 * @param connections   how many connections share the load
 * @param inFlight      closed loop: this connection's share of the requests in flight; 0 for
 *                      an open loop
 * @param intervalNanos open loop: time between this connection's session starts; 0 for a
 *                      closed loop
 * @param rampNanos     open loop: the rate rises linearly from 0 to its full value over
 *                      this time (the warm-up), so a cold server is not buried at once
 * @param quota         sessions this connection starts at most ({@code Long.MAX_VALUE}: until
 *                      stopped)
 * @param timeoutNanos  an answer later than this is a timeout
 * @param flushEach     every request is flushed as it is written ({@link FlushMode#PER_REQUEST})
 */
record ConnectionPlan(int index, int connections, int inFlight, double intervalNanos, double rampNanos,
                      long quota, long timeoutNanos, boolean flushEach) {
    private static final int MAX_TABLE = 1 << 20;

    static ConnectionPlan of(BenchOptions o, int index) {
        long quota = o.countBounded() ? share(o.sessions(), o.connections(), index) : Long.MAX_VALUE;
        long timeout = o.requestTimeout().toNanos();
        boolean each = o.flush() == FlushMode.PER_REQUEST;
        return switch (o.load()) {
            case LoadModel.ClosedLoop c -> new ConnectionPlan(index, o.connections(),
                    (int) share(c.inFlight(), o.connections(), index), 0, 0, quota, timeout, each);
            case LoadModel.OpenLoop p -> new ConnectionPlan(index, o.connections(), 0,
                    1e9 * o.connections() / p.sessionsPerSecond(),
                    o.countBounded() ? 0 : o.warmup().toNanos(), quota, timeout, each);
        };
    }

    /** An even split of {@code total} over {@code n}, the first ones taking the remainder. */
    static long share(long total, int n, int index) {
        return total / n + (index < total % n ? 1 : 0);
    }

    boolean closedLoop() {
        return inFlight > 0;
    }

    /** Open loop: how many sessions should have started {@code elapsedNanos} after t0. */
    long sessionsDueBy(long elapsedNanos) {
        if (elapsedNanos < 0) {
            return 0;
        }
        double t = elapsedNanos;
        double due = t < rampNanos ? t * t / (2 * rampNanos * intervalNanos)
                : rampNanos / (2 * intervalNanos) + (t - rampNanos) / intervalNanos;
        return (long) due + 1;
    }

    /**
     * Open loop: when session {@code k} of this connection is due, after t0. During the ramp the
     * rate is {@code t / (ramp * interval)}, so k sessions are due by {@code sqrt(2 k ramp
     * interval)}; after it, one every interval.
     */
    long scheduledOffset(long k) {
        double inRamp = rampNanos / (2 * intervalNanos);
        double at = k < inRamp ? Math.sqrt(2 * k * rampNanos * intervalNanos)
                : rampNanos + (k - inRamp) * intervalNanos;
        return (long) Math.ceil(at);
    }

    /**
     * Room for the requests that can be outstanding: twice the closed loop's share, or for an
     * open loop every session the schedule can start within one timeout.
     */
    int tableCapacity() {
        if (closedLoop()) {
            return Math.max(16, 2 * inFlight);
        }
        double perTimeout = timeoutNanos / intervalNanos;
        return (int) Math.min(MAX_TABLE, Math.max(1024, 1.25 * perTimeout));
    }
}
