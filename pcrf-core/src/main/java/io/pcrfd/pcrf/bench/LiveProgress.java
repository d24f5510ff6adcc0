package io.pcrfd.pcrf.bench;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * The per-second view of a run, taken by the driver's main thread while it waits: once a second
 * it asks every connection, on the connection's own event loop, for its counts and its interval
 * histogram (HdrHistogram, swapped for an empty one, so recording never takes a lock or
 * allocates), merges them into one {@link Second}, hands it on and keeps it for the report.
 */
final class LiveProgress {
    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** A last interval shorter than this is not worth a line. */
    private static final long SHORTEST_LAST_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final List<Channel> channels;
    private final List<BenchConnection> connections;
    private final Consumer<Second> listener;
    private final List<Second> series = new ArrayList<>();
    private final Histogram merged = new Histogram(ConnectionStats.HIGHEST_NANOS, 3);
    private final Histogram[] spare;
    private long succeeded;
    private long failed;
    private long timeouts;
    private long refused;
    private long lastNanos;

    LiveProgress(List<Channel> channels, List<BenchConnection> connections, long startNanos, Consumer<Second> listener) {
        this.channels = channels;
        this.connections = connections;
        this.listener = listener;
        this.lastNanos = startNanos;
        this.spare = new Histogram[connections.size()];
        for (int i = 0; i < spare.length; i++) {
            spare[i] = new Histogram(ConnectionStats.HIGHEST_NANOS, 3);
        }
    }

    /** Takes an interval when a second has passed since the last one. */
    void poll(String phase) {
        if (System.nanoTime() - lastNanos >= INTERVAL_NANOS) {
            take(phase);
        }
    }

    /** Ends a phase: takes the partial interval since the last one, when long enough to mean something. */
    void cut(String phase) {
        if (System.nanoTime() - lastNanos >= SHORTEST_LAST_NANOS) {
            take(phase);
        }
    }

    /** Every interval taken so far. */
    List<Second> series() {
        return List.copyOf(series);
    }

    private void take(String phase) {
        long now = System.nanoTime();
        long ok = 0, bad = 0, late = 0, busy = 0;
        merged.reset();
        for (int i = 0; i < connections.size(); i++) {
            BenchConnection c = connections.get(i);
            Histogram fresh = spare[i];
            IntervalSample s = Waits.onLoop(channels.get(i), () -> c.sample(fresh));
            merged.add(s.latency());
            s.latency().reset();
            spare[i] = s.latency();
            ok += s.succeeded();
            bad += s.failed();
            late += s.timeouts();
            busy += s.refused();
        }
        boolean none = merged.getTotalCount() == 0;
        Second second = new Second(series.size() + 1, phase, now - lastNanos, ok - succeeded, bad - failed,
                late - timeouts, busy - refused, none ? -1 : merged.getValueAtPercentile(99),
                none ? -1 : merged.getValueAtPercentile(50), none ? -1 : merged.getMaxValue());
        succeeded = ok;
        failed = bad;
        timeouts = late;
        refused = busy;
        lastNanos = now;
        series.add(second);
        listener.accept(second);
    }
}
