package io.pcrfd.pcrf.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.pcrf.policy.RatingFactor;
import io.pcrfd.pcrf.policy.ThresholdLevel;
import org.junit.jupiter.api.Test;

/** The metering section of the policy file: what it accepts, and one readable line for what it refuses. */
class MeteringPolicyFileTest {

    @Test
    void theFixtureLoads() {
        MeteringPlan plan = MeteringPlan.of(PolicyLoader.parse(MeteringFixtures.POLICY, "t.yaml").metering());
        assertThat(plan.services()).containsExactly(java.util.List.of("tier1", "tier2", "tier3"),
                java.util.List.of("monthly"));
        assertThat(plan.secondaries()).containsEntry("monthly", java.util.List.of("weekend"));
    }

    @Test
    void ratingFactorsAreExactThousandths() {
        assertThat(RatingFactor.parse("0.5").milli()).isEqualTo(500);
        assertThat(RatingFactor.parse("0.125").milli()).isEqualTo(125);
        assertThat(RatingFactor.parse("2").milli()).isEqualTo(2000);
        assertThat(RatingFactor.parse("0.500").toString()).isEqualTo("0.5");
        assertThatThrownBy(() -> RatingFactor.parse("0.1234")).hasMessageContaining("at most three decimals");
        assertThatThrownBy(() -> RatingFactor.parse("-1")).hasMessageContaining("between 0 and 1000");
        assertThatThrownBy(() -> RatingFactor.parse("half")).hasMessageContaining("expected a rating factor");
    }

    @Test
    void thresholdLevelsArePercentagesOrSizes() {
        assertThat(ThresholdLevel.parse("80%").milliOctets(10_000_000_000L)).isEqualTo(8_000_000_000_000L);
        assertThat(ThresholdLevel.parse("5GB").milliOctets(1)).isEqualTo(5_000_000_000_000L);
        assertThatThrownBy(() -> ThresholdLevel.parse("80.5%")).hasMessageContaining("whole percentage");
        assertThatThrownBy(() -> ThresholdLevel.parse("0%")).hasMessageContaining("from 1% to 1000%");
    }

    @Test
    void badReferencesAreOneLineNamingTheKey() {
        assertRefused("""
                metering:
                  policies:
                    a: {inherits: b}
                """, "metering.policies.a.inherits: no metering policy named 'b'");
        assertRefused("""
                metering:
                  policies:
                    a: {inherits: b}
                    b: {inherits: a}
                """, "inheritance goes round in a cycle");
        assertRefused("""
                metering:
                  policies:
                    p: {monitoringKey: k, quota: 1GB}
                    s: {inherits: p}
                  services: {x: [p, s]}
                """, "'s' is a secondary policy");
        assertRefused("""
                metering:
                  policies:
                    p: {quota: 1GB}
                """, "metering.policies.p.monitoringKey: a primary metering policy needs the Monitoring-Key");
        assertRefused("""
                metering:
                  policies:
                    p: {monitoringKey: k, quota: 1GB, rating: [{factor: 0.0001}]}
                """, "metering.policies.p.rating[0].factor: a rating factor has at most three decimals");
        assertRefused("""
                metering:
                  policies:
                    p: {monitoringKey: k, quota: 1GB, thresholds: [{at: 50%, then: {reject: {resultCode: 5003}}}]}
                """, "does not reject");
        assertRefused("""
                metering:
                  policies:
                    p: {monitoringKey: k, quota: 1GB, when: {counter: {id: c, status: [over]}}}
                """, "metering.policies.p.when.counter: metering conditions cannot test Sy counters");
    }

    private static void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> PolicyLoader.parse(yaml, "t.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }
}
