package io.pcrfd.pcrf.bench;

import io.pcrfd.diameter.message.ResultCodes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one connection saw. Written only on the connection's event loop; read by the driver
 * after the connection has finished. Latency is recorded in nanoseconds for answers that
 * arrive inside the measured window, 2001 and 3004 apart; refusals and errors are counted over
 * the whole run, warm-up included. Every 2001 latency also goes into an interval histogram that
 * the live progress takes once a second ({@link #sample}), on the loop like everything else.
 */
final class ConnectionStats {
    /** Anything slower is recorded as this (a timeout is counted separately, never recorded). */
    static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** 3004 DIAMETER_TOO_BUSY (RFC 6733 §7.1.3): the server refused the request, it did not fail. */
    static final long TOO_BUSY = ResultCodes.DIAMETER_TOO_BUSY;
    private static final long SUCCESS = ResultCodes.DIAMETER_SUCCESS;

    /** The step of a session's CCR-T: its answer (2001) ends a session. */
    private final int lastStep;
    final Histogram latency = new Histogram(HIGHEST_NANOS, 3);
    final Histogram refusedLatency = new Histogram(HIGHEST_NANOS, 3);
    final Map<Long, Long> failures = new TreeMap<>();
    private Histogram interval = new Histogram(HIGHEST_NANOS, 3);
    long succeeded;
    long refused;
    long refusedInWindow;
    long sent;
    long answered;
    long answeredInWindow;
    long sessionsInWindow;
    long timeouts;
    long unknownAnswers;
    long notSent;
    long lostInFlight;
    boolean connectionLost;
    long lastAnswerNanos = Long.MIN_VALUE;
    /** The first CCR-I's answer on this connection: when, on both clocks, its latency and result. */
    long firstCcaAtNanos = Long.MIN_VALUE;
    long firstCcaEpochMillis = -1;
    long firstCcaLatencyNanos = -1;
    long firstCcaResult = -1;

    /** Stats of sessions whose CCR-T is step {@code lastStep} (the CCR-U count + 1). */
    ConnectionStats(int lastStep) {
        this.lastStep = lastStep;
    }

    /**
     * Records an answer that arrived at {@code now}; true when its result is 2001. A 3004 is a
     * refusal, counted apart from the errors; any other result is an error.
     */
    boolean onAnswer(long now, long latencyNanos, long resultCode, int step, Window window) {
        answered++;
        lastAnswerNanos = now;
        if (step == 0 && firstCcaAtNanos == Long.MIN_VALUE) {
            firstCcaAtNanos = now;
            firstCcaEpochMillis = System.currentTimeMillis();
            firstCcaLatencyNanos = latencyNanos;
            firstCcaResult = resultCode;
        }
        boolean inWindow = window.contains(now);
        long nanos = Math.min(Math.max(0, latencyNanos), HIGHEST_NANOS);
        if (resultCode == SUCCESS) {
            succeeded++;
            interval.recordValue(nanos);
            if (inWindow) {
                answeredInWindow++;
                latency.recordValue(nanos);
                sessionsInWindow += step == lastStep ? 1 : 0;
            }
            return true;
        }
        if (resultCode == TOO_BUSY) {
            refused++;
            if (inWindow) {
                refusedInWindow++;
                refusedLatency.recordValue(nanos);
            }
        } else {
            failures.merge(resultCode, 1L, Long::sum);
        }
        return false;
    }

    /**
     * The counts so far and the 2001 latencies since the last call; {@code fresh} (empty) takes
     * over recording, and the returned histogram belongs to the caller.
     */
    IntervalSample sample(Histogram fresh) {
        Histogram last = interval;
        interval = fresh;
        return new IntervalSample(succeeded, refused, failed(), timeouts, last);
    }

    long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }
}
