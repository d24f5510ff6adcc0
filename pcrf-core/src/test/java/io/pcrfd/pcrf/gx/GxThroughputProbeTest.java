package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A bounded in-process measurement of the Gx service alone (no sockets, in-memory store, one
 * thread): sessions of CCR-I, two CCR-U with usage reports and CCR-T. Off by default; run with
 * {@code GX_PROBE=1}. Prints requests per second and latency percentiles of {@code handle}.
 */
@EnabledIfEnvironmentVariable(named = "GX_PROBE", matches = "1")
class GxThroughputProbeTest {
    private static final int WARMUP_SESSIONS = 20_000;
    private static final int SESSIONS = 50_000;

    @Test
    void measure() {
        try (GxHarness h = new GxHarness()) {
            run(h, WARMUP_SESSIONS, "warm", new long[WARMUP_SESSIONS * 4]);
            long[] nanos = new long[SESSIONS * 4];
            long start = System.nanoTime();
            run(h, SESSIONS, "run", nanos);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("gx probe: %d requests in %.2f s = %.0f req/s (incl. building CCRs); "
                            + "handle p50 %.1f us, p99 %.1f us, p99.9 %.1f us%n", nanos.length, seconds,
                    nanos.length / seconds, pct(nanos, 0.50), pct(nanos, 0.99), pct(nanos, 0.999));
            assertThat(h.store.sessionCount()).isZero();
        }
    }

    private static void run(GxHarness h, int sessions, String tag, long[] nanos) {
        int n = 0;
        for (int i = 0; i < sessions; i++) {
            String sid = "pgw1;" + tag + ";" + i;
            String imsi = String.format("0010199%08d", i);
            String ip = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
            nanos[n++] = timed(h, h.pcef.initial(sid, imsi, ip).build());
            nanos[n++] = timed(h, h.pcef.usage(sid, 1, "mk1", 1_000_000, 33));
            nanos[n++] = timed(h, h.pcef.usage(sid, 2, "mk1", 1_000_000, 33));
            nanos[n++] = timed(h, h.pcef.terminate(sid, 3, "mk1", 1_000));
        }
    }

    private static long timed(GxHarness h, DiameterMessage ccr) {
        long t0 = System.nanoTime();
        DiameterMessage cca = GxHarness.join(h.app.handle(ccr));
        long t = System.nanoTime() - t0;
        if (GxHarness.resultCode(cca) != 2001) {
            throw new AssertionError("not 2001: " + cca);
        }
        return t;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * sorted.length))] / 1000.0;
    }
}
