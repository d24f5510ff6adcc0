package io.pcrfd.pcrf.bench;

import io.pcrfd.diameter.message.ResultCodes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one connection saw. Written only on the connection's event loop; read by the driver
 * after the connection has finished. Latency is recorded in nanoseconds for answers that
 * arrive inside the measured window; errors are counted over the whole run, warm-up included.
 */
final class ConnectionStats {
    /** Anything slower is recorded as this (a timeout is counted separately, never recorded). */
    static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(60);

    final Histogram latency = new Histogram(HIGHEST_NANOS, 3);
    final Map<Long, Long> failures = new TreeMap<>();
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

    /** Records an answer that arrived at {@code now}; true when its result is 2001. */
    boolean onAnswer(long now, long latencyNanos, long resultCode, int step, Window window) {
        answered++;
        lastAnswerNanos = now;
        if (window.contains(now)) {
            answeredInWindow++;
            latency.recordValue(Math.min(Math.max(0, latencyNanos), HIGHEST_NANOS));
            if (step == GxRequestTemplates.STEPS - 1 && resultCode == ResultCodes.DIAMETER_SUCCESS) {
                sessionsInWindow++;
            }
        }
        if (resultCode != ResultCodes.DIAMETER_SUCCESS) {
            failures.merge(resultCode, 1L, Long::sum);
            return false;
        }
        return true;
    }

    long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }
}
