package io.pcrfd.pcrf.metering;

import static io.pcrfd.pcrf.metering.MeteringFixtures.GB;
import static io.pcrfd.pcrf.metering.MeteringFixtures.MB;
import static io.pcrfd.pcrf.metering.MeteringFixtures.NOON;
import static io.pcrfd.pcrf.metering.MeteringFixtures.POLICY;
import static io.pcrfd.pcrf.metering.MeteringFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.MeteringOverlay;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rating, hierarchy, rule-based selection, thresholds per network and grants, on worked numbers. */
class MeteringTest {
    private final Metering m = MeteringFixtures.metering(POLICY);
    /** Saturday 2026-11-21, midday UTC. */
    private static final Instant SATURDAY = Instant.parse("2026-11-21T12:00:00Z");
    private static final Instant NIGHT = Instant.parse("2026-11-18T03:00:00Z");
    private static final String MONTHLY = "monthly|" + Instant.parse("2026-11-05T00:00:00Z").getEpochSecond() + "|";

    private Map<String, Long> report(Map<String, Long> meters, Situation s, Network n, String key, long octets) {
        Map<String, Long> out = new HashMap<>(meters);
        m.charge(Metering.seenFrom(s, n), n, key, octets, meters).forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }

    @Test
    void fixedAndMobileUsageAddUpWithTheirRatingFactors() {
        Map<String, Long> meters = report(Map.of(), at(NOON), Network.MOBILE, "total", 3 * GB);
        meters = report(meters, at(NOON), Network.FIXED, "total", 4 * GB);
        meters = report(meters, at(NIGHT), Network.MOBILE, "total", 5 * GB);

        assertThat(meters).containsEntry(MONTHLY + "rated", (3 * GB + 2 * GB) * 1000)
                .containsEntry(MONTHLY + "fixed", 4 * GB).containsEntry(MONTHLY + "mobile", 8 * GB);
    }

    @Test
    void aSecondaryIsActiveWhenBothConditionsHoldAndChargesBothWithItsFactor() {
        Map<String, Long> meters = report(Map.of(), at(SATURDAY), Network.FIXED, "total", 4 * GB);

        assertThat(m.active(at(SATURDAY), meters)).extracting(MeteringPolicy::name).contains("weekend");
        String weekend = "weekend|" + Instant.parse("2026-11-05T00:00:00Z").getEpochSecond() + "|";
        assertThat(meters).containsEntry(MONTHLY + "rated", GB * 1000).containsEntry(weekend + "rated", GB * 1000)
                .containsEntry(weekend + "fixed", 4 * GB);
        MeteringPolicy w = m.plan().policies().get("weekend");
        assertThat(w.quota()).as("inherited").isEqualTo(10 * GB);
        assertThat(w.thresholds()).hasSize(3);
        assertThat(m.active(at(NOON), meters)).extracting(MeteringPolicy::name).contains("monthly");
    }

    @Test
    void ruleBasedMeteringMovesFromTheFirstPolicyToTheSecondAndThird() {
        Map<String, Long> meters = Map.of();
        assertThat(activeTier(meters)).isEqualTo("tier1");
        meters = report(meters, at(NOON), Network.MOBILE, "tier", GB);
        assertThat(activeTier(meters)).isEqualTo("tier2");
        assertThat(overlay(meters, Network.MOBILE).actions()).extracting(a -> a.ambr())
                .containsExactly(BitratePair.of(2_000_000, 2_000_000));
        meters = report(meters, at(NOON), Network.FIXED, "tier", 2 * GB);
        assertThat(activeTier(meters)).isEqualTo("tier3");
        meters = report(meters, at(NOON), Network.FIXED, "tier", 5 * GB);
        assertThat(activeTier(meters)).as("the last stays active beyond its quota").isEqualTo("tier3");
        assertThat(overlay(meters, Network.FIXED).actions()).extracting(a -> a.ambr())
                .containsExactly(BitratePair.of(256_000, 256_000));
    }

    private String activeTier(Map<String, Long> meters) {
        return m.active(at(NOON), meters).stream().filter(p -> p.monitoringKey().equals("tier")).findFirst()
                .orElseThrow().name();
    }

    private MeteringOverlay overlay(Map<String, Long> meters, Network n) {
        return m.overlay(Metering.seenFrom(at(NOON), n), n, meters);
    }

    @Test
    void thresholdActionsGoToTheNetworksTheyName() {
        Map<String, Long> full = report(Map.of(), at(NOON), Network.MOBILE, "total", 10 * GB);

        MeteringOverlay mobile = overlay(full, Network.MOBILE);
        MeteringOverlay fixed = overlay(full, Network.FIXED);
        assertThat(mobile.actions()).extracting(a -> a.ambr()).contains(BitratePair.of(1_000_000, 2_000_000));
        assertThat(mobile.actions()).allMatch(a -> a.dynamicRules().isEmpty());
        assertThat(fixed.actions()).anyMatch(a -> a.dynamicRules().stream().anyMatch(d -> d.name().equals("line-throttle")));
        assertThat(fixed.actions()).allMatch(a -> a.ambr() == null);
    }

    @Test
    void theGrantStopsExactlyAtTheNextThresholdAtTheNetworksFactor() {
        Map<String, Long> meters = report(Map.of(), at(NOON), Network.MOBILE, "total", 7_900 * MB);

        // 80% of 10 GB is 8 GB: 100 MB left, 200 MB of fixed usage at factor 0.5
        assertThat(overlay(meters, Network.MOBILE).grants()).contains(UsageGrant.ofTotal("total", 100 * MB));
        assertThat(overlay(meters, Network.FIXED).grants()).contains(UsageGrant.ofTotal("total", 200 * MB));
        assertThat(overlay(Map.of(), Network.MOBILE).grants()).as("far from it: the policy's grant")
                .contains(UsageGrant.ofTotal("total", 500 * MB));
    }

    @Test
    void theMeteringChangesAtTheNextRatingWindowOrReset() {
        assertThat(m.nextChange(at(NOON))).contains(Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(m.nextChange(at(NIGHT))).contains(Instant.parse("2026-11-18T06:00:00Z"));
    }

    @Test
    void aNewPeriodStartsFromZero() {
        Map<String, Long> meters = report(Map.of(), at(NOON), Network.MOBILE, "total", 9 * GB);
        MeteringPolicy monthly = m.plan().policies().get("monthly");

        assertThat(m.used(monthly, at(NOON), meters)).isEqualTo(9 * GB * 1000);
        assertThat(m.used(monthly, at(Instant.parse("2026-12-05T00:00:00Z")), meters)).isZero();
        assertThat(m.used(monthly, at(Instant.parse("2026-12-04T23:59:59Z")), meters)).isEqualTo(9 * GB * 1000);
    }

    @Test
    void reachingAThresholdIsReportedOnceForItsNotification() {
        Map<String, Long> before = report(Map.of(), at(NOON), Network.MOBILE, "total", 7 * GB);
        Map<String, Long> after = report(before, at(NOON), Network.FIXED, "total", 2 * GB);

        assertThat(m.newlyCrossed(at(NOON), before, after)).containsOnlyKeys("monthly");
        assertThat(m.newlyCrossed(at(NOON), after, after)).isEmpty();
        assertThat(m.newlyCrossed(at(NOON), before, after).get("monthly")).extracting(t -> t.at().toString())
                .isEqualTo(List.of("80%"));
    }
}
