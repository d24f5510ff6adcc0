package io.pcrfd.pcrf.bench;

import java.util.List;

/**
 * What {@code pcrfd bench --cold-start} saw of a server that had just started, over all
 * connections. Times are nanoseconds; -1 where nothing was seen.
 *
 * @param waitedNanos           from the first connection attempt to the first accepted
 *                              connection (the server starting up until its port accepts)
 * @param ceaNanos              CER written to CEA received, on the first connection
 * @param firstCcaNanos         the first CCR-I answered: its latency, from its scheduled send
 *                              (at once after the CEAs) to its answer
 * @param firstResultCode       that answer's Result-Code
 * @param firstAfterConnectNanos from the first accepted connection to that answer: how long a
 *                              client connecting the moment the port accepts waits for policy
 * @param firstAnswerEpochMillis that answer's arrival on the wall clock, to set against the
 *                              server's "listening" log line
 * @param slowestFirstCcaNanos  the slowest of the connections' first CCR-I latencies
 */
public record ColdStart(long waitedNanos, long ceaNanos, long firstCcaNanos, long firstResultCode,
                        long firstAfterConnectNanos, long firstAnswerEpochMillis, long slowestFirstCcaNanos) {

    /** Merges the connections' first answers; {@code connectedNanos} and {@code firstAttemptNanos} from the driver. */
    static ColdStart of(long firstAttemptNanos, long connectedNanos, long ceaNanos, List<ConnectionStats> all) {
        ConnectionStats first = null;
        long slowest = -1;
        for (ConnectionStats s : all) {
            if (s.firstCcaAtNanos == Long.MIN_VALUE) {
                continue;
            }
            slowest = Math.max(slowest, s.firstCcaLatencyNanos);
            if (first == null || s.firstCcaAtNanos - first.firstCcaAtNanos < 0) {
                first = s;
            }
        }
        if (first == null) {
            return new ColdStart(connectedNanos - firstAttemptNanos, ceaNanos, -1, -1, -1, -1, -1);
        }
        return new ColdStart(connectedNanos - firstAttemptNanos, ceaNanos, first.firstCcaLatencyNanos,
                first.firstCcaResult, first.firstCcaAtNanos - connectedNanos, first.firstCcaEpochMillis, slowest);
    }
}
