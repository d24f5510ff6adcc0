package io.pcrfd.it.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sy figures over loopback TCP, on demand (skipped unless {@code -Dbench.sy=true}); PCEF, PCRF
 * and OCS stub in one process. Figures are in BENCHMARKS.md ("Sy").
 *
 * <ul>
 *   <li>CCR-I latency when every CCR-I needs an initial SLR (a new subscriber each), at a
 *       steady rate; the first two seconds are warm-up and not recorded.</li>
 *   <li>SNR fan-out: from the OCS sending an SNR that changes a shared quota owner's counter to
 *       the PCEF holding the RAR of the last of N members' sessions (one session each).</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -pl src/test-it -am test -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip=true \
 *     -Dtest=SyBenchmark -Dbench.sy=true -Dbench.rate=500 -Dbench.seconds=10 -Dbench.members=1000
 * </pre>
 * {@code -Dbench.baseline=true} runs the CCR-I part on a plan without counter conditions (no SLR),
 * the reference for what the Sy round trip adds.
 */
@EnabledIfSystemProperty(named = "bench.sy", matches = "true")
class SyBenchmark {
    private static final String PLAN = """
            defaultPlan: capped
            plans:
              capped:
                rules:
                  - name: base
                    then: {ambr: {uplink: 10Mbps, downlink: 50Mbps}}
                  - name: data-cap
                    when: {counter: {id: data-cap, status: [exhausted]}}
                    then: {ambr: {uplink: 256kbps, downlink: 1Mbps}}
            """;
    /** Sy timeout 2 s; admission control off, so the figures are the Sy path's, not refusals. */
    private static final String CONFIG = SyPcrf.CONFIG.replace("timeout: 400ms", "timeout: 2s")
            .replace("  listen: [{address: 127.0.0.1, port: 3868}]\n",
                    "  listen: [{address: 127.0.0.1, port: 3868}]\n  overload: {enabled: false}\n");
    private final GxPcef pcef = new GxPcef("pgw.bench.example", 1);

    private static String imsi(int i) {
        return String.format("00101%010d", i);
    }

    private static String ip(int i) {
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }

    @Test
    void ccrInitialLatencyWithASyRoundTrip(@TempDir Path dir) throws Exception {
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = 2 * rate;
        int total = (seconds + 2) * rate;
        Histogram h = new Histogram(3);
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        // -Dbench.baseline=true: the same CCR-Is on a plan that tests no counter (no Sy at all)
        String plan = Boolean.getBoolean("bench.baseline") ? PLAN.substring(0, PLAN.indexOf("      - name: data-cap"))
                : PLAN;
        try (SyPcrf pcrf = SyPcrf.start(dir, Instant.now(), CONFIG, plan);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            AtomicInteger next = new AtomicInteger();
            long periodNanos = 1_000_000_000L / rate;
            ticker.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= total) {
                    return;
                }
                long t0 = System.nanoTime();
                pgw.request(pcef.initial("bench;" + i, imsi(i), ip(i))).whenComplete((cca, t) -> {
                    if (t != null || GxPcef.resultCode(cca) != 2001) {
                        failed.incrementAndGet();
                    } else if (i >= warmup) {
                        synchronized (h) {
                            h.recordValue((System.nanoTime() - t0) / 1000);
                        }
                    }
                    done.countDown();
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            assertThat(done.await(seconds + 60L, TimeUnit.SECONDS)).isTrue();
            System.out.printf("Sy CCR-I: %d SLRs, sy.failure.unreachable %d%n", ocs.slrs.size(),
                    pcrf.counter("sy.failure.unreachable"));
        } finally {
            ticker.shutdownNow();
        }
        System.out.printf("Sy CCR-I: %d/s for %d s (+2 s warm-up), %d recorded, %d failed: p50 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, max %.2f ms%n", rate, seconds, h.getTotalCount(), failed.get(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
        assertThat(failed.get()).isZero();
    }

    @Test
    void snrFanOutToTheMembersOfASharedQuota(@TempDir Path dir) throws Exception {
        int members = Integer.getInteger("bench.members", 1000);
        StringBuilder policy = new StringBuilder(PLAN).append("sharedQuotas:\n  bench:\n    owner: \"")
                .append(imsi(999_999)).append("\"\n    members:\n");
        for (int i = 0; i < members; i++) {
            policy.append("      - \"").append(imsi(i)).append("\"\n");
        }
        List<Long> fanOutMs = new ArrayList<>();
        try (SyPcrf pcrf = SyPcrf.start(dir, Instant.now(), CONFIG, policy.toString());
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            for (int from = 0; from < members; from += 50) {
                List<java.util.concurrent.CompletableFuture<DiameterMessage>> ccas = new ArrayList<>();
                for (int i = from; i < Math.min(members, from + 50); i++) {
                    ccas.add(pgw.request(pcef.initial("fan;" + i, imsi(i), ip(i))));
                }
                for (var f : ccas) {
                    assertThat(GxPcef.resultCode(f.get(30, TimeUnit.SECONDS))).isEqualTo(2001);
                }
            }
            assertThat(ocs.slrs).hasSize(1);
            String sy = ocs.lastSessionId();
            for (int round = 0; round < 5; round++) {
                String status = round % 2 == 0 ? "exhausted" : "normal";
                long t0 = System.nanoTime();
                assertThat(ocs.notify(sy, "data-cap", status, List.of(), null)).isEqualTo(2001);
                Set<String> seen = new HashSet<>();
                while (seen.size() < members) {
                    seen.add(pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(30))
                            .sessionId().orElseThrow());
                }
                fanOutMs.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        System.out.printf("Sy SNR fan-out to %d members' sessions, 5 rounds: %s ms (SNR sent -> last RAR received)%n",
                members, fanOutMs);
    }
}
