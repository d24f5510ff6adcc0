package io.pcrfd.pcrf.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures of one run. Requests and latency are those answered inside the measured
 * window; refusal and error counts cover the whole run, warm-up included.
 *
 * @param options        what was run
 * @param windowNanos    length of the measured window
 * @param requests       2001 answers received in the window (every one recorded in {@code latency})
 * @param sessions       sessions whose CCR-T was answered 2001 in the window
 * @param latency        latency of those requests in nanoseconds
 * @param refused        3004 DIAMETER_TOO_BUSY answers over the whole run: the server refused
 *                       the request under overload (not an error)
 * @param refusedInWindow 3004 answers received in the window (recorded in {@code refusedLatency})
 * @param refusedLatency how fast they came, in nanoseconds
 * @param sent           requests written over the whole run
 * @param answered       answers received over the whole run
 * @param failures       answers whose result was not 2001, by result code (-1: none found)
 * @param timeouts       requests not answered within the request timeout
 * @param unknownAnswers answers matching no outstanding request (late after a timeout, or wrong ids)
 * @param notSent        requests not sent because too many were outstanding (open loop)
 * @param lostInFlight   requests outstanding when a connection dropped or the run gave up on them
 * @param connectionsLost connections the server closed during the run
 * @param serverCpuNanos the server's CPU time over the window, or -1
 * @param driverCpuNanos this process's CPU time over the window, or -1
 * @param serverMemory   the server's resident memory over the run
 * @param succeeded      2001 answers over the whole run, warm-up included
 * @param series         the run second by second, as the live progress showed it
 * @param coldStart      the first answers of a {@code --cold-start} run, else null
 */
public record BenchResult(BenchOptions options, long windowNanos, long requests, long sessions, Histogram latency,
                          long refused, long refusedInWindow, Histogram refusedLatency,
                          long sent, long answered, Map<Long, Long> failures, long timeouts, long unknownAnswers,
                          long notSent, long lostInFlight, int connectionsLost, long serverCpuNanos,
                          long driverCpuNanos, ServerMemory serverMemory, long succeeded, List<Second> series,
                          ColdStart coldStart) {

    static BenchResult of(BenchOptions o, long windowNanos, List<ConnectionStats> all, long serverCpu,
                          long driverCpu, ServerMemory memory, List<Second> series, ColdStart coldStart) {
        Histogram h = new Histogram(ConnectionStats.HIGHEST_NANOS, 3);
        Histogram busy = new Histogram(ConnectionStats.HIGHEST_NANOS, 3);
        Map<Long, Long> failures = new TreeMap<>();
        long requests = 0, sessions = 0, sent = 0, answered = 0, timeouts = 0, unknown = 0, notSent = 0, lost = 0;
        long refused = 0, refusedInWindow = 0, succeeded = 0;
        int dropped = 0;
        for (ConnectionStats s : all) {
            h.add(s.latency);
            busy.add(s.refusedLatency);
            refused += s.refused;
            succeeded += s.succeeded;
            refusedInWindow += s.refusedInWindow;
            s.failures.forEach((code, n) -> failures.merge(code, n, Long::sum));
            requests += s.answeredInWindow;
            sessions += s.sessionsInWindow;
            sent += s.sent;
            answered += s.answered;
            timeouts += s.timeouts;
            unknown += s.unknownAnswers;
            notSent += s.notSent;
            lost += s.lostInFlight;
            dropped += s.connectionLost ? 1 : 0;
        }
        return new BenchResult(o, windowNanos, requests, sessions, h, refused, refusedInWindow, busy, sent, answered,
                Map.copyOf(failures), timeouts, unknown, notSent, lost, dropped, serverCpu, driverCpu, memory, succeeded,
                List.copyOf(series), coldStart);
    }

    public double requestsPerSecond() {
        return windowNanos <= 0 ? 0 : requests * 1e9 / windowNanos;
    }

    public double refusedPerSecond() {
        return windowNanos <= 0 ? 0 : refusedInWindow * 1e9 / windowNanos;
    }

    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Everything that went wrong: answers other than 2001 and 3004, timeouts, stray answers,
     * unsent and lost requests. Refusals (3004) are the server protecting itself, not errors.
     */
    public long errors() {
        return failed() + timeouts + unknownAnswers + notSent + lostInFlight + connectionsLost;
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    /** Microseconds of the server's CPU per request answered in the window, or -1. */
    public double serverMicrosPerRequest() {
        return perRequest(serverCpuNanos);
    }

    public double driverMicrosPerRequest() {
        return perRequest(driverCpuNanos);
    }

    private double perRequest(long cpuNanos) {
        return cpuNanos < 0 || requests == 0 ? -1 : cpuNanos / 1e3 / requests;
    }
}
