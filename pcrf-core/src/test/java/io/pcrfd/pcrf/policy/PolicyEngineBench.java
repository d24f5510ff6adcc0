package io.pcrfd.pcrf.policy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A rough cost figure for {@link PolicyEngine#decide}: CCR-I decisions on the sample policy
 * (gold with a dynamic rule and two grants, basic on WLAN, an unknown subscriber), with a
 * usage total that moves so grants are capped, and a time that moves so windows are scanned.
 * Reports wall time and the thread's CPU time per decision (the latter is what matters on a
 * shared machine). Not a unit test; run with
 * {@code ./mvnw -q -o -pl pcrf-core test-compile exec:java -Dexec.mainClass=io.pcrfd.pcrf.policy.PolicyEngineBench -Dexec.classpathScope=test}.
 */
public final class PolicyEngineBench {
    private PolicyEngineBench() {
    }

    public static void main(String[] args) {
        PolicyEngine engine = Fixtures.sampleEngine();
        PolicyRequest[] requests = {
            Fixtures.initial(Fixtures.GOLD_IMSI).build(),
            Fixtures.initial(Fixtures.SILVER_IMSI).ratType(RatType.WLAN).build(),
            Fixtures.initial("001019999999999").build()};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            int n = 500_000;
            long wall0 = System.nanoTime();
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                PolicyRequest r = requests[i % requests.length];
                PolicyInput in = new PolicyInput(PolicySession.NEW, r, engine.subscriber(r),
                        Map.of("mk1", UsedUnits.ofTotal(i * 1000L)), Fixtures.WEDNESDAY_NOON.plusSeconds(i), ZoneOffset.UTC);
                sink += engine.decide(in).nextChange().map(Instant::getEpochSecond).orElse(0L);
            }
            double wall = (System.nanoTime() - wall0) / 1000.0 / n;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / n;
            System.out.printf("round %d: %d decisions, wall %.2f us, thread CPU %.2f us per decision%n", round, n, wall, cpu);
        }
        System.out.println(sink != 0 ? "done" : "done.");
    }
}
