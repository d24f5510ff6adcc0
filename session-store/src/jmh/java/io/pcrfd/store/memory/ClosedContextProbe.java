package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link ClosedContextBenchmark}'s close, measured by what a shared machine cannot blur: thread
 * CPU time and bytes allocated per close on each closing thread, the collector's time per
 * close, and the heap a held context keeps (its session built fresh and dropped, as after a
 * CCR-T, so the strings only the context keeps count). Run from the jmh profile's classes:
 * {@code java -Xms2g -Xmx2g -cp CLASSES:DEPS io.pcrfd.store.memory.ClosedContextProbe [threads] [rounds]}
 * (BENCHMARKS.md, "Closed contexts").
 */
public final class ClosedContextProbe {
    private static final int CAP = 100_000;
    private static final int CLOSES = 1_000_000;
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final long RETENTION_NANOS = TimeUnit.HOURS.toNanos(24);
    private static final long START = System.nanoTime();

    private ClosedContextProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        InMemoryContextStore store = new InMemoryContextStore(Clock.fixed(T0, ZoneOffset.UTC), CAP, 32);
        long before = settledHeap();
        for (int i = 0; i < CAP; i++) {
            IpCanSession[] one = ClosedContextBenchmark.sessions(8, i, 1);
            store.putClosed(one[0], retainUntil());
        }
        System.out.printf("probe retained per held context: %.1f B (%d held)%n",
                (double) (settledHeap() - before) / CAP, store.size());
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            IpCanSession[] pool = ClosedContextBenchmark.sessions(t);
            running.add(Thread.ofPlatform().start(() -> closeRounds(store, pool, rounds)));
        }
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        for (Thread t : running) {
            t.join();
        }
        double closes = (double) threads * rounds * CLOSES;
        System.out.printf("probe gc: %d collections, %.1f ns of collection per close%n",
                gcCount() - gcCount, (gcMillis() - gcMillis) * 1e6 / closes);
    }

    private static void closeRounds(InMemoryContextStore store, IpCanSession[] pool, int rounds) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int next = 0;
        int read = 0;
        for (int r = 0; r < rounds; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long bytes = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < CLOSES; i++) {
                IpCanSession s = pool[next++ & (pool.length - 1)];
                read += ClosedContextBenchmark.handled(s);
                store.putClosed(s, retainUntil());
            }
            System.out.printf("probe %s round %d: %.0f ns cpu, %.1f B allocated per close%n",
                    Thread.currentThread().getName(), r, (mx.getCurrentThreadCpuTime() - cpu) / (double) CLOSES,
                    (mx.getCurrentThreadAllocatedBytes() - bytes) / (double) CLOSES);
        }
        if (read == 42) {
            System.out.println("probe read"); // keeps the reads
        }
    }

    private static Instant retainUntil() {
        return T0.plusNanos(RETENTION_NANOS + System.nanoTime() - START);
    }

    /** Heap used after collections, repeated until it stops shrinking. */
    private static long settledHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += gc.getCollectionCount();
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += gc.getCollectionTime();
        }
        return n;
    }
}
