package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.PolicyLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A bounded in-process measurement of what finished Gx sessions cost: N sessions, each with a
 * fresh IMSI and UE IP, of CCR-I → 2 × CCR-U with usage on Monitoring-Key mk1 → CCR-T, handled
 * by {@link GxApplication} over the in-memory store on one thread (the store completes every
 * call before returning, so all work happens on this thread). Every request is encoded and
 * decoded first, as the server receives it. The clock moves 1 ms per session.
 *
 * <p>Reports (1) bytes allocated by this thread inside {@code handle} per request, and (2)
 * heap retained per finished session: heap used after {@code System.gc()} repeated until it
 * stops shrinking, after N sessions minus before them, divided by N. Off by default; run with
 * {@code GX_PROBE=1} ({@code GX_PROBE_SESSIONS} sets N, default 200,000; {@code GX_PROBE_CLOSED_MAX}
 * the store's closedMaxEntries, default the store default; {@code GX_PROBE_HISTOGRAM=1}
 * also prints the top of the live-object class histogram at the end).
 *
 * <p>{@link #cpuPerRequest} runs the same lifecycle for thread CPU time: the requests of
 * {@value #BATCH} sessions are encoded and decoded first, then handled back to back between two
 * readings of {@code getCurrentThreadCpuTime}, so the figure is the handler's alone
 * ({@code GX_PROBE_CPU_SESSIONS} sets the sessions measured, default 100,000; {@code GX_PROBE_UPDATES=0}
 * drops the two CCR-Us, for the CCR-I → CCR-T lifecycle of independent load clients;
 * {@code GX_PROBE_POLICY=default} decides with the daemon's default policy, as a load run
 * without a policy file does, instead of the Gx test policy).
 */
@EnabledIfEnvironmentVariable(named = "GX_PROBE", matches = "1")
class GxMemoryProbeTest {
    private static final int WARMUP_SESSIONS = 20_000;
    private static final int BATCH = 250;
    /** CCR-Us per session in {@link #cpuPerRequest}: 2 (the default) or 0. */
    private static final int UPDATES = "0".equals(System.getenv("GX_PROBE_UPDATES")) ? 0 : 2;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void measure() {
        int sessions = Integer.parseInt(System.getenv().getOrDefault("GX_PROBE_SESSIONS", "200000"));
        int closedMax = Integer.parseInt(System.getenv().getOrDefault("GX_PROBE_CLOSED_MAX",
                Integer.toString(InMemoryStoreOptions.DEFAULT_CLOSED_MAX_ENTRIES)));
        InMemoryStoreOptions options = new InMemoryStoreOptions(Optional.empty(), Duration.ZERO, closedMax);
        try (GxHarness h = new GxHarness(GxSettings.defaults(), options)) {
            h.recording = false;
            run(h, 0, WARMUP_SESSIONS);
            long before = settledHeapUsed();
            long allocated = run(h, WARMUP_SESSIONS, sessions);
            long after = settledHeapUsed();
            System.out.printf("gx memory probe: %d sessions (4 requests each), closedMaxEntries %d, %d closed"
                            + " contexts held: allocated %.0f B per request in handle; heap retained %.1f MiB = %.0f B"
                            + " per finished session%n", sessions, closedMax, h.store.closedContextCount(),
                    allocated / (sessions * 4.0), (after - before) / 1048576.0, (after - before) / (double) sessions);
            assertThat(h.store.sessionCount()).isZero();
            if ("1".equals(System.getenv("GX_PROBE_HISTOGRAM"))) {
                System.out.println(histogram().lines().limit(30).collect(Collectors.joining("\n")));
            }
        }
    }

    @Test
    void cpuPerRequest() {
        int sessions = Integer.parseInt(System.getenv().getOrDefault("GX_PROBE_CPU_SESSIONS", "100000"));
        String policy = "default".equals(System.getenv("GX_PROBE_POLICY")) ? PolicyLoader.DEFAULT_RESOURCE
                : "/gx/policy.yaml";
        try (GxHarness h = new GxHarness(GxSettings.defaults(),
                new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), policy)) {
            h.recording = false;
            cpu(h, 0, WARMUP_SESSIONS);
            long[] spent = cpu(h, WARMUP_SESSIONS, sessions);
            int requests = 2 + UPDATES;
            System.out.printf("gx cpu probe: %d sessions (%d requests each): %.0f ns CPU per request in handle,"
                    + " %.0f B allocated per request%n", sessions, requests, spent[0] / ((double) sessions * requests),
                    spent[1] / ((double) sessions * requests));
            assertThat(h.store.sessionCount()).isZero();
        }
    }

    /** Sessions {@code first} .. {@code first + count - 1} in batches; returns {CPU ns, bytes allocated} in handle. */
    private static long[] cpu(GxHarness h, int first, int count) {
        long[] spent = new long[2];
        int requests = 2 + UPDATES;
        DiameterMessage[] ccrs = new DiameterMessage[BATCH * requests];
        DiameterMessage[] ccas = new DiameterMessage[BATCH * requests];
        for (int b = first; b < first + count; b += BATCH) {
            for (int i = b; i < b + BATCH; i++) {
                String sid = "pgw1.epc.example;1700000000;" + i;
                String ip = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
                int k = (i - b) * requests;
                ccrs[k] = onTheWire(h, h.pcef.initial(sid, String.format("0010199%08d", i), ip).build());
                for (int u = 1; u <= UPDATES; u++) {
                    ccrs[k + u] = onTheWire(h, h.pcef.usage(sid, u, "mk1", 1_000_000, 33));
                }
                ccrs[k + UPDATES + 1] = onTheWire(h, h.pcef.terminate(sid, UPDATES + 1, "mk1", 1_000));
            }
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < ccrs.length; k++) {
                ccas[k] = h.app.handle(ccrs[k]).toCompletableFuture().getNow(null);
            }
            spent[1] += THREADS.getCurrentThreadAllocatedBytes() - a0;
            spent[0] += THREADS.getCurrentThreadCpuTime() - c0;
            h.clock.advance(Duration.ofMillis(1));
            for (DiameterMessage cca : ccas) {
                if (cca == null || GxHarness.resultCode(cca) != 2001) {
                    throw new AssertionError("not 2001: " + cca);
                }
            }
        }
        return spent;
    }

    private static DiameterMessage onTheWire(GxHarness h, DiameterMessage built) {
        return h.codec.decode(DiameterCodec.encode(built)).message();
    }

    /** The live-object class histogram ({@code jcmd PID GC.class_histogram}) of this JVM. */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs sessions {@code first} .. {@code first + count - 1}; returns the bytes allocated inside handle. */
    private static long run(GxHarness h, int first, int count) {
        long allocated = 0;
        for (int i = first; i < first + count; i++) {
            String sid = "pgw1.epc.example;1700000000;" + i;
            String imsi = String.format("0010199%08d", i);
            String ip = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
            allocated += timed(h, h.pcef.initial(sid, imsi, ip).build());
            allocated += timed(h, h.pcef.usage(sid, 1, "mk1", 1_000_000, 33));
            allocated += timed(h, h.pcef.usage(sid, 2, "mk1", 1_000_000, 33));
            allocated += timed(h, h.pcef.terminate(sid, 3, "mk1", 1_000));
            h.clock.advance(Duration.ofMillis(1));
        }
        return allocated;
    }

    private static long timed(GxHarness h, DiameterMessage built) {
        DiameterMessage ccr = h.codec.decode(DiameterCodec.encode(built)).message();
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        DiameterMessage cca = GxHarness.join(h.app.handle(ccr));
        long a = THREADS.getCurrentThreadAllocatedBytes() - a0;
        if (GxHarness.resultCode(cca) != 2001) {
            throw new AssertionError("not 2001: " + cca);
        }
        return a;
    }

    private static long settledHeapUsed() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= last - 64 * 1024) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }
}
