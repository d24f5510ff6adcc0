package io.pcrfd.store.bench;

import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.redis.RedisServerProcess;
import io.pcrfd.store.redis.RedisStore;
import io.pcrfd.store.redis.RedisStoreOptions;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Bounded store benchmark, not run in CI (see BENCHMARKS.md for the command):
 * <pre>
 *   heap   N [plain]    heap per session with every index, N sessions loaded; "plain" leaves
 *                       out access info (UE/H(e)NB local IP), as on a 3GPP-only session
 *   memory N            in-memory create/get/update/close ops/s, N sessions per phase
 *   gx     N [ROUNDS]   in-memory store CPU per Gx session (CCR-I, 2 x CCR-U, CCR-T), see {@link GxCycleBench}
 *   redis  N WINDOW     Redis ops/s over loopback, WINDOW commands in flight (pipelining),
 *                       against a private redis-server started here
 * </pre>
 */
public final class StoreBench {

    private static final Phases.PhaseObserver NO_OBSERVER = new Phases.PhaseObserver() {
        @Override
        public void starting() {
        }

        @Override
        public String finished() {
            return "";
        }
    };

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "memory";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        switch (mode) {
            case "heap" -> heap(n, args.length > 2 && args[2].equals("plain"));
            case "memory" -> memory(n);
            case "redis" -> redis(n, args.length > 2 ? Integer.parseInt(args[2]) : 256);
            case "gx" -> GxCycleBench.run(n, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            default -> throw new IllegalArgumentException("mode: heap | memory | gx | redis");
        }
    }

    /**
     * Heap used (MemoryMXBean, after repeated full GCs until it stops shrinking) with N
     * sessions held, minus the same with the store empty, divided by N. The sessions are
     * built and stored one by one, so only what the store retains is counted.
     */
    static void heap(int n, boolean plain) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        InMemoryStore store = InMemoryStore.open(
                InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), Clock.systemUTC());
        long before = settledHeap();
        for (int i = 0; i < n; i++) {
            IpCanSession s = SessionFactory.session(i, now);
            store.sessions().create(plain ? s.toBuilder().access(null).build() : s);
        }
        long after = settledHeap();
        System.out.printf(Locale.ROOT, "heap: %d sessions, %.1f MiB retained, %.0f bytes/session%n",
                store.sessionCount(), (after - before) / 1048576.0, (after - before) / (double) n);
        store.close();
    }

    private static long settledHeap() {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= last - 1024 * 1024) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }

    static void memory(int n) throws InterruptedException {
        Instant now = Instant.now();
        IpCanSession[] sessions = new IpCanSession[n];
        for (int i = 0; i < n; i++) {
            sessions[i] = SessionFactory.session(i, now);
        }
        for (int round = 0; round < 3; round++) {
            try (Store store = InMemoryStore.open(
                    InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), Clock.systemUTC())) {
                System.out.println(round < 2 ? "warm-up round " + round : "measured round");
                new Phases(store, sessions, 1, NO_OBSERVER).runAll();
            }
        }
    }

    static void redis(int n, int window) throws Exception {
        Instant now = Instant.now();
        IpCanSession[] sessions = new IpCanSession[n];
        for (int i = 0; i < n; i++) {
            sessions[i] = SessionFactory.session(i, now);
        }
        try (RedisServerProcess server = RedisServerProcess.start();
             RedisCpu cpu = new RedisCpu(server.uri())) {
            for (int round = 0; round < 2; round++) {
                try (Store store = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(server.uri())
                        .withKeyPrefix("bench" + round + ":")
                        .withCommandTimeout(Duration.ofSeconds(10)))) {
                    System.out.println(round == 0 ? "warm-up round" : "measured round");
                    new Phases(store, sessions, window, cpu).runAll();
                }
            }
        }
    }
}
