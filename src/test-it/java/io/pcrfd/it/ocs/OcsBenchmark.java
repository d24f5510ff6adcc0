package io.pcrfd.it.ocs;

import static io.pcrfd.it.ocs.OcsUnderTest.call;
import static io.pcrfd.it.ocs.OcsWire.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCS under load over loopback TCP, on demand (skipped unless {@code -Dbench.ocs=true}), one
 * JVM (the clients are pcrfd's TestPeer):
 * <ul>
 *   <li>Gy: {@code bench.sessions} sessions of as many subscribers, CCR-U after CCR-U (each
 *       commits the 10 MB used of a reservation across two containers and reserves the next
 *       interval), closed loop with {@code bench.window} requests in flight, for
 *       {@code bench.seconds} after 2 s of warm-up: CCR-U per second and latency.</li>
 *   <li>Sy: intermediate SLRs one after another for {@code bench.seconds}: latency.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -o -pl src/test-it -am verify -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=OcsBenchmark -Dbench.ocs=true -Dbench.seconds=10 -Dbench.window=32 -Dbench.sessions=64
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench.ocs", matches = "true")
class OcsBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int WINDOW = Integer.getInteger("bench.window", 32);
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 64);
    private static final long WARMUP_NS = TimeUnit.SECONDS.toNanos(2);

    private static String yaml() {
        StringBuilder b = new StringBuilder("""
                role: ocs
                diameter: {originHost: ocs.bench.example, originRealm: e2e.example, listen: [{address: 127.0.0.1, port: 3870}]}
                rest: {enabled: false}
                ocs:
                  intervals: {octets: 10MB}
                  accounts:
                """);
        for (int i = 0; i < SESSIONS; i++) {
            b.append("    - subscribers: [\"").append(subscriber(i)).append("\"]\n")
                    .append("      containers: [{id: data, unit: octets, balance: 5MB}, ")
                    .append("{id: wallet, unit: money, balance: \"1000000000000\", tariff: {octets: 1 per 1MB}}]\n")
                    .append("      counters: [{id: data-volume, container: data}]\n");
        }
        return b.toString();
    }

    private static String subscriber(int i) {
        return String.format("00101%010d", i);
    }

    @Test
    void gyUpdatesAndSyReports(@TempDir Path dir) throws Exception {
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, Clock.systemUTC(), yaml());
             TestPeer gw = ocs.connect("pgw.bench.example", ApplicationIds.CREDIT_CONTROL);
             TestPeer pcrf = ocs.connect("pcrf.bench.example", ApplicationIds.SY)) {
            for (int i = 0; i < SESSIONS; i++) {
                assertThat(resultCode(call(gw, OcsWire.ccr("pgw.bench.example", "gy;" + i,
                        Rfc4006.CcRequestType.INITIAL_REQUEST, 0, subscriber(i), OcsWire.octets(1, -1, true)))))
                        .isEqualTo(2001);
            }
            gy(gw);
            sy(pcrf);
        }
    }

    private static void gy(TestPeer gw) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong counted = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + WARMUP_NS + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch lanes = new CountDownLatch(WINDOW);
        for (int w = 0; w < WINDOW; w++) {
            update(gw, next, recorder, counted, failed, start, end, lanes);
        }
        assertThat(lanes.await(SECONDS + 30L, TimeUnit.SECONDS)).isTrue();
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf("OCS Gy CCR-U, %d sessions, window %d, %d s (+2 s warm-up): %d answered, %.0f/s, "
                        + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms; not 2001: %d%n",
                SESSIONS, WINDOW, SECONDS, counted.get(), counted.get() / (double) SECONDS,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0,
                failed.get());
        assertThat(failed).hasValue(0);
    }

    /** One lane of the closed loop: the next CCR-U as soon as the last is answered, until {@code end}. */
    private static void update(TestPeer gw, AtomicInteger next, Recorder recorder, AtomicLong counted,
                               AtomicInteger failed, long start, long end, CountDownLatch lanes) {
        long t0 = System.nanoTime();
        if (t0 >= end) {
            lanes.countDown();
            return;
        }
        int n = next.getAndIncrement();
        int session = n % SESSIONS;
        DiameterMessage ccr = OcsWire.ccr("pgw.bench.example", "gy;" + session, Rfc4006.CcRequestType.UPDATE_REQUEST,
                1 + n / SESSIONS, subscriber(session), OcsWire.octets(1, 10_000_000, true));
        gw.request(ccr).whenComplete((cca, e) -> {
            long t1 = System.nanoTime();
            if (e != null || resultCode(cca) != 2001) {
                failed.incrementAndGet();
            } else if (t0 - start >= WARMUP_NS) {
                recorder.recordValue((t1 - t0) / 1000);
                counted.incrementAndGet();
            }
            update(gw, next, recorder, counted, failed, start, end, lanes);
        });
    }

    private static void sy(TestPeer pcrf) {
        String p = "pcrf.bench.example";
        assertThat(resultCode(call(pcrf, OcsWire.slr(p, "sy;b", Ts29219.SlRequestType.INITIAL_REQUEST, subscriber(0)))))
                .isEqualTo(2001);
        Histogram h = new Histogram(3);
        long start = System.nanoTime();
        long end = start + WARMUP_NS + TimeUnit.SECONDS.toNanos(SECONDS);
        for (long t0 = System.nanoTime(); t0 < end; t0 = System.nanoTime()) {
            DiameterMessage sla = call(pcrf, OcsWire.slr(p, "sy;b", Ts29219.SlRequestType.INTERMEDIATE_REQUEST, null,
                    "data-volume"));
            assertThat(resultCode(sla)).isEqualTo(2001);
            if (t0 - start >= WARMUP_NS) {
                h.recordValue((System.nanoTime() - t0) / 1000);
            }
        }
        System.out.printf("OCS Sy SLR (intermediate), one at a time, %d s (+2 s warm-up): %d answered, "
                        + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", SECONDS, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
