package io.pcrfd.store.memory;

import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.UsageMonitor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What storing one closed session context costs the in-memory store at its cap, as a Gx CCR-T
 * of a fresh subscriber (a new IMSI per session, the load of an independent Gx client) does it:
 * {@code closeFresh} files the context of a closed session ({@link InMemoryContextStore#putClosed})
 * in a store already holding {@code cap} contexts, so every call also drops the context whose
 * retention ends first, another subscriber's. Run with {@code -t 2} for the two event loops
 * closing at once. Each thread cycles through its own 2^17 prebuilt closed sessions (more than
 * the cap, so each IMSI's previous context is gone when it comes round again), shaped as a
 * CCR-T leaves them (APN, gateway, RAT type, MCC-MNC, two rules, QoS, one usage monitor); the
 * retention end is read from a clock per call, as the server does, so racing threads file out
 * of order by a little, as two event loops do. Allocation per call includes that
 * {@link Instant} (24 B). Before the close, the session's identifiers are read as the CCR-T's
 * handling reads them ({@link #handled}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ClosedContextBenchmark {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final int POOL = 1 << 17;
    private static final long RETENTION_NANOS = TimeUnit.HOURS.toNanos(24);
    private static final List<String> RULES = List.of("default", "video-sd");
    /** Ten gateways' Origin-Hosts, one instance each, as the session store shares them. */
    private static final String[] GATEWAYS = new String[10];
    private static final AuthorizedQos QOS = new AuthorizedQos(9, 50_000_000L, 100_000_000L, 8, true, false,
            "0x05", 0, 0);

    static {
        for (int g = 0; g < GATEWAYS.length; g++) {
            GATEWAYS[g] = "pgw" + g + ".epc.mnc001.mcc001.3gppnetwork.org";
        }
    }

    @Param("100000")
    int cap;

    private final AtomicInteger threads = new AtomicInteger();
    private InMemoryContextStore store;
    private long start;

    @Setup(Level.Trial)
    public void fill() {
        store = new InMemoryContextStore(Clock.fixed(T0, ZoneOffset.UTC), cap, 32);
        start = System.nanoTime();
        IpCanSession[] old = sessions(9);
        for (int i = 0; i < cap; i++) {
            store.putClosed(old[i % POOL], retainUntil());
        }
    }

    /** Each thread's own sessions. */
    @State(Scope.Thread)
    public static class Closes {
        IpCanSession[] pool;
        int next;

        @Setup(Level.Trial)
        public void build(ClosedContextBenchmark b) {
            pool = sessions(b.threads.getAndIncrement());
        }
    }

    @Benchmark
    public int closeFresh(Closes c) {
        IpCanSession s = c.pool[c.next++ & (POOL - 1)];
        int read = handled(s);
        store.putClosed(s, retainUntil());
        return read;
    }

    /**
     * Reads the session's Session-Id, IMSI and UE address, as the CCR-T's handling has just
     * done before it closes the session, so that the store works on them in cache as it does
     * in the server (the pool is far larger than the caches; without this each close would
     * pay misses on strings that the server has just used).
     */
    static int handled(IpCanSession s) {
        return s.sessionId().charAt(s.sessionId().length() - 1) + s.imsi().charAt(s.imsi().length() - 1)
                + s.ueIpv4().charAt(s.ueIpv4().length() - 1);
    }

    private Instant retainUntil() {
        return T0.plusNanos(RETENTION_NANOS + System.nanoTime() - start);
    }

    /** {@link #POOL} closed sessions with IMSIs 00101 {@code prefix} 000nnnnnn. */
    static IpCanSession[] sessions(int prefix) {
        return sessions(prefix, 0, POOL);
    }

    /**
     * {@code count} closed sessions from number {@code from} on, with IMSIs 00101 {@code prefix}
     * nnnnnnnnn and Session-Ids as RFC 6733 §8.8 shapes them (gateway; high part; low part).
     */
    static IpCanSession[] sessions(int prefix, int from, int count) {
        IpCanSession[] out = new IpCanSession[count];
        for (int i = 0; i < count; i++) {
            int n = from + i;
            Instant at = T0.plusMillis(n);
            out[i] = IpCanSession.builder(GATEWAYS[n % 10] + ";" + (1_700_000_000 + prefix) + ";" + n)
                    .imsi(String.format("00101%01d%09d", prefix, n)).apn("internet")
                    .ueIpv4("10." + ((n >>> 16) & 0xFF) + '.' + ((n >>> 8) & 0xFF) + '.' + (n & 0xFF))
                    .gatewayHost(GATEWAYS[n % 10])
                    .ratType("EUTRAN").sgsnMccMnc("00101").pccRules(RULES).pccRulesChangedAt(at).qos(QOS)
                    .usageMonitors(List.of(new UsageMonitor("mk1", true, 1_000_000, 40_000)))
                    .startedAt(at).updatedAt(at).expiresAt(at.plusSeconds(3600)).build()
                    .closed(at.plusSeconds(1));
        }
        return out;
    }
}
