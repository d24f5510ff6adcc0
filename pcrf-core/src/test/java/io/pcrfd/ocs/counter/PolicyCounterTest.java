package io.pcrfd.ocs.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCounterTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");

    private static PolicyCounter counter() {
        return new PolicyCounter("data-volume", "data", "normal",
                List.of(new PolicyCounter.Level("exhausted", 0), new PolicyCounter.Level("near-limit", 800)));
    }

    @Test
    void theLowestThresholdTheBalanceIsAtOrBelowDecides() {
        PolicyCounter c = counter();
        assertThat(c.report(801, T0).status()).isEqualTo("normal");
        assertThat(c.report(800, T0).status()).isEqualTo("near-limit");
        assertThat(c.report(1, T0).status()).isEqualTo("near-limit");
        assertThat(c.report(0, T0).status()).isEqualTo("exhausted");
    }

    @Test
    void anOperatorStatusHoldsUntilAuto() {
        PolicyCounter c = counter();
        c.set("blocked", null, T0);
        assertThat(c.report(5_000, T0).status()).isEqualTo("blocked");
        c.set(PolicyCounter.AUTO, null, T0);
        assertThat(c.report(5_000, T0).status()).isEqualTo("normal");
    }

    @Test
    void pendingStatusesAreReportedSortedAndApplyWhenTheirTimeComes() {
        PolicyCounter c = counter();
        c.set("blocked", T0.plusSeconds(120), T0);
        c.set("throttled", T0.plusSeconds(60), T0);
        assertThat(c.report(5_000, T0)).isEqualTo(new CounterReport("data-volume", "normal", List.of(
                new PendingStatus("throttled", T0.plusSeconds(60)), new PendingStatus("blocked", T0.plusSeconds(120)))));
        assertThat(c.report(5_000, T0.plusSeconds(60))).isEqualTo(new CounterReport("data-volume", "throttled",
                List.of(new PendingStatus("blocked", T0.plusSeconds(120)))));
        assertThat(c.report(5_000, T0.plusSeconds(500))).isEqualTo(new CounterReport("data-volume", "blocked", List.of()));
    }
}
