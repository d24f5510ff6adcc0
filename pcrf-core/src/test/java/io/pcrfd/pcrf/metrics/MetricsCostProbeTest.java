package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.DispatchObserver;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.store.CounterStore;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.SubscriberId;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * What the metrics cost per Gx request, in process: the metric updates of the {@code pcrfd
 * bench} lifecycle (CCR-I, 2 × CCR-U with usage, CCR-T) as the PCRF makes them, through the
 * public metrics API only ({@link NodeMetrics#diameter} as the dispatcher's observer, with its
 * two clock reads per request, and {@link NodeMetrics#meter} around the store), so the same probe
 * runs on any version of this package. The store underneath is a stub whose every call returns
 * one completed stage (as the in-memory store's do); its calls are made in the same sequence as
 * the Gx application makes them today (counted on the wire by {@code MetricsCountEveryCallTest}):
 * CCR-I 2 store calls, each CCR-U 12, CCR-T 7.
 *
 * <p>Rounds of the bare sequence (stub store, no metrics) and the metered one alternate on
 * {@code METRICS_PROBE_THREADS} threads at once (default 2, the event loops of a 2-vCPU
 * machine); each thread's CPU time is read around its loop. Prints the median, over rounds, of
 * (metered − bare) CPU ns per request. Off by default: {@code METRICS_PROBE=1}
 * ({@code METRICS_PROBE_SESSIONS} per thread and round, default 100,000).
 *
 * <p>{@code METRICS_PROBE_WORK} (default 0) adds that many rounds of arithmetic on local
 * variables before each request (about 1 ns each; in both sequences, so it cancels out), as the
 * server's decoding and policy work spaces the metric updates of two event loops apart. Without
 * it both threads hit the same counters back to back, which a {@code LongAdder} handles well (it
 * spreads over cells once updates collide); spaced apart they seldom collide, and every update of
 * a counter the other core wrote last moves its cache line across, as under {@code pcrfd bench}.
 */
@EnabledIfEnvironmentVariable(named = "METRICS_PROBE", matches = "1")
class MetricsCostProbeTest {
    private static final int ROUNDS = 12;
    private static final int WARMUP_ROUNDS = 4;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void perGxRequest() throws Exception {
        int threads = Integer.parseInt(System.getenv().getOrDefault("METRICS_PROBE_THREADS", "2"));
        int sessions = Integer.parseInt(System.getenv().getOrDefault("METRICS_PROBE_SESSIONS", "100000"));
        int work = Integer.parseInt(System.getenv().getOrDefault("METRICS_PROBE_WORK", "0"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (NodeMetrics metrics = NodeMetrics.create()) {
            Store stub = stubStore();
            Lifecycle bare = new Lifecycle(stub, null, work);
            Lifecycle metered = new Lifecycle(metrics.meter(stub), metrics.diameter(Dictionary.standard()), work);
            double[] cost = new double[ROUNDS];
            double[] alloc = new double[ROUNDS];
            for (int r = -WARMUP_ROUNDS; r < ROUNDS; r++) {
                long[] b = round(pool, threads, bare, sessions);
                long[] m = round(pool, threads, metered, sessions);
                if (r >= 0) {
                    cost[r] = (m[0] - b[0]) / (threads * sessions * 4.0);
                    alloc[r] = (m[1] - b[1]) / (threads * sessions * 4.0);
                }
            }
            Arrays.sort(cost);
            Arrays.sort(alloc);
            System.out.printf("metrics cost probe: %d threads x %d sessions x %d rounds, work %d: metric updates of"
                            + " one Gx request %.0f ns CPU (median; min %.0f, max %.0f), %.1f B allocated%n", threads,
                    sessions, ROUNDS, work, cost[ROUNDS / 2], cost[0], cost[ROUNDS - 1], alloc[ROUNDS / 2]);
            assertThat(metrics.scrape()).contains("pcrfd_store_operation_duration_seconds_count{operation=\"add\","
                    + "store=\"counters\"} " + (12L * sessions * threads * (ROUNDS + WARMUP_ROUNDS)));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code sessions} lifecycles on each of {@code threads} threads; {CPU ns, bytes allocated} summed. */
    private static long[] round(ExecutorService pool, int threads, Lifecycle l, int sessions) throws Exception {
        List<Future<long[]>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long a0 = THREADS.getCurrentThreadAllocatedBytes();
                for (int s = 0; s < sessions; s++) {
                    l.session();
                }
                return new long[] {THREADS.getCurrentThreadCpuTime() - c0, THREADS.getCurrentThreadAllocatedBytes() - a0};
            }));
        }
        long[] sum = new long[2];
        for (Future<long[]> f : done) {
            long[] x = f.get();
            sum[0] += x[0];
            sum[1] += x[1];
        }
        return sum;
    }

    /** The store calls and the observer calls of one bench session. */
    private static final class Lifecycle {
        private static final DiameterMessage CCA = cca();
        private final SessionStore sessions;
        private final CounterStore counters;
        private final DispatchObserver observer;
        private final int work;
        private long sink;

        Lifecycle(Store store, DispatchObserver observer, int work) {
            this.sessions = store.sessions();
            this.counters = store.counters();
            this.observer = observer;
            this.work = work;
        }

        void session() {
            for (int step = 0; step < 4; step++) {
                otherWork();
                DispatchObserver.CommandObserver c = observer == null ? null
                        : observer.command(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL);
                long start = 0;
                if (c != null) {
                    c.received();
                    start = System.nanoTime();
                }
                storeCalls(step);
                if (c != null) {
                    c.answered(CCA, System.nanoTime() - start);
                }
            }
        }

        /** Arithmetic on locals only (an xorshift), standing for the request's own work. */
        private void otherWork() {
            long x = sink | 1;
            for (int i = 0; i < work; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            sink = x;
        }

        private void storeCalls(int step) {
            if (step == 0) {
                sessions.create(null);
                sessions.get("s");
                return;
            }
            sessions.get("s");
            if (step < 3) {
                sessions.get("s");
                sessions.update(null);
                for (int i = 0; i < 4; i++) {
                    counters.get(null);
                }
            } else {
                sessions.close("s", null, null);
            }
            sessions.findBySubscriber((SubscriberId) null);
            for (int i = 0; i < 4; i++) {
                counters.add(null, 1, null);
            }
        }

        private static DiameterMessage cca() {
            Dictionary dict = Dictionary.standard();
            DiameterMessage ccr = MessageBuilder.request(dict, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(1))
                    .endToEnd(EndToEndId.of(1)).add(Rfc6733.SESSION_ID, "pgw;1;1").originHost("pgw.test")
                    .originRealm("test").build();
            return MessageBuilder.answer(dict, ccr).resultCode(2001).build();
        }
    }

    /** A store whose every sub-store call returns the same completed stage. */
    private static Store stubStore() {
        CompletableFuture<Object> done = CompletableFuture.completedFuture(null);
        SessionStore sessions = stub(SessionStore.class, done);
        CounterStore counters = stub(CounterStore.class, done);
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "sessions" -> sessions;
                    case "counters" -> counters;
                    case "sweep", "originStateId" -> done;
                    case "close", "hashCode", "equals", "toString" -> null;
                    default -> stub(method.getReturnType(), done);
                });
    }

    private static <T> T stub(Class<T> type, CompletableFuture<Object> done) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getDeclaringClass() != Object.class ? done
                        : method.getName().equals("equals") ? proxy == args[0]
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "stub"));
    }
}
