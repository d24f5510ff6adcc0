package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.store.model.IpCanSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Establishment latency over loopback TCP, on demand (skipped unless {@code -Dbench.establishment=true}):
 * from the stored Gx CCR-I handed to establishment until the PCRF has matched the BPCF's CCR-I
 * and linked the S9a session (the moment it asks for the QoS rules of its CCA), at a steady
 * rate of establishments per second; TER encoding, the shipped BPCF runtime, one process.
 * The first two seconds are warm-up and not recorded.
 *
 * <pre>
 * ./mvnw -B -q -pl src/test-it -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=EstablishmentLatencyBenchmark -Dbench.establishment=true \
 *     -Dbench.rate=500 -Dbench.seconds=10
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench.establishment", matches = "true")
class EstablishmentLatencyBenchmark {
    private static final String LINES = """
                - id: bench
                  prefix: 10.0.0.0/8
                  uplink: 1000Gbps
                  downlink: 1000Gbps
            """;

    @Test
    void establishmentLatencyAtASteadyRate() throws Exception {
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = 2 * rate;
        int total = (seconds + 2) * rate;
        Map<String, Long> started = new ConcurrentHashMap<>();
        Recorder recorder = new Recorder(3);
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger index = new AtomicInteger();
        AtomicInteger notAccepted = new AtomicInteger();
        try (EstablishmentPair p = new EstablishmentPair("ter", "notify-only", "10.0.0.0/8", LINES)) {
            p.policy = EstablishmentEndToEndTest.policy("video", 2, 1_000L);
            p.onLinked = gx -> {
                Long t0 = started.remove(gx.sessionId());
                if (t0 != null) {
                    if (Integer.parseInt(gx.sessionId().substring(5)) >= warmup) {
                        recorder.recordValue((System.nanoTime() - t0) / 1000);
                    }
                    done.countDown();
                }
            };
            p.startBpcf();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long startNs = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                int i = index.getAndIncrement();
                if (i >= total) {
                    return;
                }
                IpCanSession gx = p.gxSession("epdg;" + i, String.format("0010100%08d", i),
                        "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
                started.put(gx.sessionId(), System.nanoTime());
                p.pcrf.trigger().onGxSessionEstablished(gx).thenAccept(r -> {
                    if (r.outcome() != Outcome.ACCEPTED) {
                        notAccepted.incrementAndGet();
                        done.countDown();
                    }
                });
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            boolean all = done.await(seconds + 60, TimeUnit.SECONDS);
            long elapsedMs = (System.nanoTime() - startNs) / 1_000_000;
            ticker.shutdownNow();
            Histogram h = recorder.getIntervalHistogram();
            System.out.printf("establishment latency, TER, %d/s for %d s (+2 s warm-up), %d recorded in %d ms: "
                            + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms; not accepted %d%n",
                    rate, seconds, h.getTotalCount(), elapsedMs, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, notAccepted.get());
            assertThat(all).as("every establishment completed").isTrue();
            assertThat(notAccepted).hasValue(0);
            assertThat(h.getTotalCount()).isEqualTo((long) seconds * rate);
        }
    }
}
