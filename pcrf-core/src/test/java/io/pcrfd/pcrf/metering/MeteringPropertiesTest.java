package io.pcrfd.pcrf.metering;

import static io.pcrfd.pcrf.metering.MeteringFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The metering arithmetic: rated usage is exactly the sum of octets times factors, whatever
 * the mix of networks and hours; a grant brings the usage exactly to the next threshold; and
 * reports from both networks at once, some retransmitted, are counted once each and never lost.
 */
class MeteringPropertiesTest {
    private static final Instant DAY = Instant.parse("2026-11-18T00:00:00Z");

    /** A report: network, hour of the day, octets. */
    record Report(Network network, int hour, long octets) {
    }

    static String policy(long fixedMilli, long nightMilli, long quotaOctets, int percent) {
        return """
                metering:
                  policies:
                    p:
                      monitoringKey: k
                      quota: %d
                      grant: 1000000000000
                      rating:
                        - {when: {time: ["00:00-06:00"]}, factor: %s}
                        - {when: {access: [fixed]}, factor: %s}
                      thresholds: [{at: %d%%}]
                      reset: {period: never}
                """.formatted(quotaOctets, decimal(nightMilli), decimal(fixedMilli), percent);
    }

    static String decimal(long milli) {
        return java.math.BigDecimal.valueOf(milli, 3).toPlainString();
    }

    @Provide
    Arbitrary<List<Report>> reports() {
        Arbitrary<Report> one = Combinators.combine(Arbitraries.of(Network.class), Arbitraries.integers().between(0, 23),
                Arbitraries.longs().between(0, 5_000_000_000L)).as(Report::new);
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 150)
    void ratedUsageIsExactlyTheSumOfOctetsTimesFactors(@ForAll("reports") List<Report> reports,
                                                        @ForAll @LongRange(max = 2000) long fixedMilli,
                                                        @ForAll @LongRange(max = 2000) long nightMilli) {
        Metering m = MeteringFixtures.metering(policy(fixedMilli, nightMilli, 1_000_000_000_000L, 80));
        Map<String, Long> meters = new HashMap<>();
        long rated = 0;
        long fixed = 0;
        long mobile = 0;
        for (Report r : reports) {
            Situation s = at(DAY.plusSeconds(3600L * r.hour()));
            m.charge(Metering.seenFrom(s, r.network()), r.network(), "k", r.octets(), meters)
                    .forEach((k, v) -> meters.merge(k, v, Long::sum));
            long f = r.hour() < 6 ? nightMilli : r.network() == Network.FIXED ? fixedMilli : 1000;
            rated += r.octets() * f;
            fixed += r.network() == Network.FIXED ? r.octets() : 0;
            mobile += r.network() == Network.MOBILE ? r.octets() : 0;
        }
        PolicyMeter p = PolicyMeter.read(meters, "p", Instant.EPOCH);
        assertThat(p).isEqualTo(new PolicyMeter(rated, fixed, mobile));
        assertThat(p.ratedOctets()).isEqualTo(Math.floorDiv(rated, 1000));
    }

    @Property(tries = 300)
    void aGrantBringsTheUsageExactlyToTheNextThreshold(@ForAll @LongRange(min = 1, max = 100_000_000_000L) long quota,
                                                       @ForAll @IntRange(min = 1, max = 200) int percent,
                                                       @ForAll @LongRange(min = 1, max = 3000) long fixedMilli,
                                                       @ForAll @LongRange(max = 100_000_000_000L) long alreadyUsed) {
        Metering m = MeteringFixtures.metering(policy(fixedMilli, 0, quota, percent));
        Situation noon = at(DAY.plusSeconds(12 * 3600));
        Map<String, Long> meters = new HashMap<>();
        m.charge(noon, Network.MOBILE, "k", alreadyUsed, Map.of()).forEach(meters::put);
        MeteringPolicy p = m.plan().policies().get("p");
        long used = m.used(p, noon, meters);
        long boundary = Boundaries.next(p, used, true);
        UsageGrant g = m.overlay(Metering.seenFrom(noon, Network.FIXED), Network.FIXED, meters).grants().get(0);
        long octets = g.total().bytes();

        if (boundary == Long.MAX_VALUE) {
            assertThat(octets).isEqualTo(p.grant());
        } else {
            assertThat(octets).isBetween(1L, p.grant());
            if (octets < p.grant()) {
                assertThat(used + octets * fixedMilli).as("the report at the grant reaches the threshold")
                        .isGreaterThanOrEqualTo(boundary);
            }
            assertThat(used + (octets - 1) * fixedMilli).as("one octet less does not").isLessThan(boundary);
        }
    }

    @Property(tries = 25)
    void reportsFromBothNetworksAtOnceAndRetransmittedCountOnceEach(@ForAll("reports") List<Report> reports,
                                                                    @ForAll long seed) throws Exception {
        PolicyEngine engine = MeteringFixtures.engine(policy(500, 0, 1_000_000_000_000L, 80));
        try (InMemoryStore store = InMemoryStore.open()) {
            UsageMeters meters = new UsageMeters(store.meters(), () -> engine);
            List<Integer> sends = new ArrayList<>();
            Random random = new Random(seed);
            for (int i = 0; i < reports.size(); i++) {
                for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                    sends.add(i);
                }
            }
            Collections.shuffle(sends, random);
            sendConcurrently(meters, reports, sends);

            long rated = 0;
            for (Report r : reports) {
                rated += r.octets() * (r.hour() < 6 ? 0 : r.network() == Network.FIXED ? 500 : 1000);
            }
            Map<String, Long> end = meters.meters("imsi:1").toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(end.getOrDefault("p|0|rated", 0L)).isEqualTo(rated);
        }
    }

    private static void sendConcurrently(UsageMeters meters, List<Report> reports, List<Integer> sends) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i : sends) {
                Report r = reports.get(i);
                Situation s = at(DAY.plusSeconds(3600L * r.hour()));
                String id = (r.network() == Network.FIXED ? "s9a;" : "gx;") + i;
                all.add(CompletableFuture.supplyAsync(() -> meters.record("imsi:1", id, s, r.network(),
                        List.of(new UsageReport("k", UsedUnits.ofTotal(r.octets()))))
                        .toCompletableFuture().join(), pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        }
    }
}
