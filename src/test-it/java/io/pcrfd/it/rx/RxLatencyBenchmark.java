package io.pcrfd.it.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rx latency over loopback TCP, on demand (skipped unless {@code -Dbench.rx=true}): from the AF
 * writing an AAR until it has the AAA, which the PCRF sends after the Gx RAR carrying the derived
 * rule was answered by the PCEF (AAR, RAR, RAA, AAA: two round trips on two connections), at a
 * steady rate of AARs per second, each for its own UE and Gx session (created beforehand). One
 * process, in-memory store, admission control off (the figures are the Rx path's, not the
 * overload policy's); the first two seconds are warm-up and not recorded.
 *
 * <pre>
 * ./mvnw -B -q -pl src/test-it -am verify -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=RxLatencyBenchmark -Dbench.rx=true -Dbench.rate=500 -Dbench.seconds=10
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench.rx", matches = "true")
class RxLatencyBenchmark {

    @Test
    void aarToAaaLatencyAtASteadyRate(@TempDir Path dir) throws Exception {
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = 2 * rate;
        int total = (seconds + 2) * rate;
        Recorder recorder = new Recorder(3);
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger index = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (RxPcrf pcrf = RxPcrf.startWithoutAdmission(dir); TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            openGxSessions(pgw, total);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long startNs = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                int i = index.getAndIncrement();
                if (i >= total) {
                    return;
                }
                long t0 = System.nanoTime();
                af.request(RxAf.aar("af;" + i, ueIp(i), "ims", RxAf.media(1, "AUDIO", 38_000, 38_000,
                        List.of("permit out 17 from 198.51.100.7 49152 to " + ueIp(i) + " 5000")))).whenComplete((aaa, f) -> {
                    if (f != null || RxAf.resultCode(aaa) != 2001) {
                        failed.incrementAndGet();
                    } else if (i >= warmup) {
                        recorder.recordValue((System.nanoTime() - t0) / 1000);
                    }
                    done.countDown();
                });
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            boolean all = done.await(seconds + 60, TimeUnit.SECONDS);
            long elapsedMs = (System.nanoTime() - startNs) / 1_000_000;
            ticker.shutdownNow();
            Histogram h = recorder.getIntervalHistogram();
            System.out.printf("Rx AAR->RAR->RAA->AAA latency, %d/s for %d s (+2 s warm-up), %d recorded in %d ms: "
                            + "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms; failed %d%n",
                    rate, seconds, h.getTotalCount(), elapsedMs, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, failed.get());
            assertThat(all).as("every AAR answered").isTrue();
            assertThat(failed).hasValue(0);
            assertThat(h.getTotalCount()).isEqualTo((long) seconds * rate);
        }
    }

    private static void openGxSessions(TestPeer pgw, int n) throws Exception {
        List<CompletableFuture<DiameterMessage>> ccas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ccas.add(pgw.request(RxAf.ccrI("pgw;" + i, String.format("0010100%08d", i), ueIp(i), "ims")));
            if (ccas.size() == 200) {
                CompletableFuture.allOf(ccas.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                ccas.clear();
            }
        }
        CompletableFuture.allOf(ccas.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    private static String ueIp(int i) {
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }
}
