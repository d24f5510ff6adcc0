package io.pcrfd.store.bench;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.IpCanSession;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * The in-memory store calls of Gx sessions as pcrfd's {@code bench} load drives them (see the
 * README's {@code pcrfd bench}): CCR-I creates, each of two CCR-Us reads the session and updates
 * it from what it read (same instances for what did not change, a new update time, expiry and
 * policy text), CCR-T closes it, leaving a closed context; a fresh IMSI and UE address per
 * session, so past the closed-context cap (100,000) every close also drops the oldest.
 *
 * <p>Sessions go through in batches of {@value #BATCH}, one phase at a time, and only the
 * store calls are timed (CPU time of the calling thread, so a busy machine shifts the figures
 * less than wall time): the updated records are built between the timed phases, as the policy
 * layer builds them outside the store. Prints CPU ns per create, per read-and-update, per close
 * and per session (all four requests) for each round; the last round is the measured one.
 */
final class GxCycleBench {

    private static final int BATCH = 10_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Store store;
    private final Instant base;
    private long createNs;
    private long updateNs;
    private long closeNs;

    private GxCycleBench(Store store, Instant base) {
        this.store = store;
        this.base = base;
    }

    static void run(int n, int rounds) throws Exception {
        Instant base = Instant.now();
        for (int round = 0; round < rounds; round++) {
            try (Store store = InMemoryStore.open(
                    InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), Clock.systemUTC())) {
                GxCycleBench bench = new GxCycleBench(store, base);
                for (int from = 0; from < n; from += BATCH) {
                    bench.batch(from, Math.min(n, from + BATCH));
                }
                System.out.printf(Locale.ROOT, "%s %d sessions: create %.0f ns, get+update %.0f ns, close %.0f ns,"
                                + " per session %.0f ns CPU%n", round < rounds - 1 ? "warm-up" : "measured", n,
                        bench.createNs / (double) n, bench.updateNs / (2.0 * n), bench.closeNs / (double) n,
                        (bench.createNs + bench.updateNs + bench.closeNs) / (double) n);
            }
        }
    }

    private void batch(int from, int to) throws Exception {
        IpCanSession[] sessions = new IpCanSession[to - from];
        for (int i = from; i < to; i++) {
            sessions[i - from] = SessionFactory.session(i, base);
        }
        long t0 = CPU.getCurrentThreadCpuTime();
        for (IpCanSession s : sessions) {
            done(store.sessions().create(s));
        }
        createNs += CPU.getCurrentThreadCpuTime() - t0;
        for (int u = 1; u <= 2; u++) {
            IpCanSession[] read = new IpCanSession[sessions.length];
            long t1 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < sessions.length; i++) {
                read[i] = done(store.sessions().get(sessions[i].sessionId())).orElseThrow();
            }
            long readNs = CPU.getCurrentThreadCpuTime() - t1;
            IpCanSession[] updated = new IpCanSession[sessions.length];
            for (int i = 0; i < read.length; i++) {
                Instant at = read[i].updatedAt().plusSeconds(60);
                updated[i] = read[i].toBuilder().updatedAt(at).expiresAt(at.plus(Duration.ofHours(4)))
                        .policyState("u" + u).lastRequestNumber(u).build();
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            for (IpCanSession s : updated) {
                if (!(done(store.sessions().update(s)) instanceof CasResult.Applied<IpCanSession>)) {
                    throw new IllegalStateException("update not applied: " + s.sessionId());
                }
            }
            updateNs += readNs + CPU.getCurrentThreadCpuTime() - t2;
        }
        Instant end = base.plusSeconds(300);
        long t3 = CPU.getCurrentThreadCpuTime();
        for (IpCanSession s : sessions) {
            done(store.sessions().close(s.sessionId(), end, end.plus(Duration.ofHours(1)))).orElseThrow();
        }
        closeNs += CPU.getCurrentThreadCpuTime() - t3;
    }

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get();
    }
}
