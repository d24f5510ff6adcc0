package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.memory.InMemoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The CPU metering adds to one CCR-U with usage, as the Gx path pays it: the report metered
 * ({@link UsageMeters#record}: read the meters, rate, one atomic batch with duplicate check)
 * and the decision's overlay ({@link UsageMeters#overlay}: read the meters, active policies,
 * crossed thresholds, grant), on the in-memory store, 1,000 subscribers in turn, alternately
 * from the mobile and the fixed network. Rounds alternate with the same calls on a policy
 * without a metering section (what every CCR-U pays when metering is off). Thread CPU time per
 * report, so a busy machine stretches the wall time but not the figure. Not a unit test; run
 * it as the "Usage metering" section of BENCHMARKS.md shows (the reactor's classes first on the
 * class path).
 */
public final class MeteringBench {
    private static final int SUBSCRIBERS = 1000;

    private MeteringBench() {
    }

    public static void main(String[] args) {
        PolicyEngine metered = MeteringFixtures.engine(MeteringFixtures.POLICY);
        PolicyEngine plain = MeteringFixtures.engine("metering: {}\n");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            boolean on = round % 2 == 1;
            try (InMemoryStore store = InMemoryStore.open()) {
                UsageMeters meters = new UsageMeters(store.meters(), on ? () -> metered : () -> plain);
                int n = 200_000;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long sink = run(meters, n);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / n;
                System.out.printf("round %d metering %-3s %.2f us CPU per CCR-U with usage (sink %d)%n", round,
                        on ? "on" : "off", cpu, sink);
            }
        }
    }

    private static long run(UsageMeters meters, int n) {
        long sink = 0;
        List<UsageReport> report = List.of(new UsageReport("total", UsedUnits.ofTotal(1_000_000)));
        Situation s = MeteringFixtures.at(MeteringFixtures.NOON);
        for (int i = 0; i < n; i++) {
            String owner = "IMSI:00101000000" + (i % SUBSCRIBERS);
            Network net = (i & 1) == 0 ? Network.MOBILE : Network.FIXED;
            Situation now = s.withMetering(null);
            sink += meters.record(owner, "gx;" + i, now, net, report).toCompletableFuture().join().size();
            sink += meters.overlay(owner, now, net).toCompletableFuture().join().grants().size();
        }
        return sink;
    }

}
