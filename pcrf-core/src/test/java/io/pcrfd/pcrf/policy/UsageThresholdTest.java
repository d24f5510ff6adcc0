package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.SILVER_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.WEDNESDAY_NOON;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.after;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static io.pcrfd.pcrf.policy.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.DataSize;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Usage levels: crossing a threshold applies the next state; grants stop at the next threshold. */
class UsageThresholdTest {
    private static final long GB = 1_000_000_000L;
    private static final long MB = 1_000_000L;
    private final PolicyEngine engine = Fixtures.sampleEngine();

    private Decision.Accept decide(PolicyRequest r, PolicySession s, long mk1Total) {
        return accept(engine.decide(input(engine, r, s, Map.of("mk1", UsedUnits.ofTotal(mk1Total)), WEDNESDAY_NOON)));
    }

    private static PolicyRequest report(long used) {
        return PolicyRequest.builder(CcRequestType.UPDATE).imsi(SILVER_IMSI).apn("internet")
                .eventTrigger(EventTrigger.USAGE_REPORT).usageReport("mk1", UsedUnits.ofTotal(used)).build();
    }

    @Test
    void belowTheThresholdTheGrantIsCutToWhatIsLeft() {
        Decision.Accept a = decide(initial(SILVER_IMSI).build(), PolicySession.NEW, 900 * MB);
        assertThat(a.grants()).containsExactly(UsageGrant.ofTotal("mk1", 100 * MB));
        assertThat(a.ambr()).isEqualTo(BitratePair.of(10_000_000, 50_000_000));
    }

    @Test
    void farFromTheThresholdTheGrantIsAsWritten() {
        Decision.Accept a = decide(initial(SILVER_IMSI).build(), PolicySession.NEW, 0);
        assertThat(a.grants()).containsExactly(UsageGrant.ofTotal("mk1", 250 * MB));
    }

    @Test
    void crossingTheThresholdAppliesTheThrottledAmbrAndReGrants() {
        Decision.Accept start = decide(initial(SILVER_IMSI).build(), PolicySession.NEW, 900 * MB);
        Decision.Accept crossed = decide(report(100 * MB), after(start), GB);
        assertThat(crossed.ambr()).isEqualTo(BitratePair.of(512_000, 1_000_000));
        assertThat(crossed.rules().isEmpty()).isTrue();
        // beyond the last threshold the plan's grant is sent as written
        assertThat(crossed.grants()).containsExactly(UsageGrant.ofTotal("mk1", 250 * MB));
    }

    @Test
    void justBelowTheThresholdNothingIsThrottled() {
        Decision.Accept start = decide(initial(SILVER_IMSI).build(), PolicySession.NEW, 0);
        Decision.Accept a = decide(report(GB - 1), after(start), GB - 1);
        assertThat(a.ambr()).isNull();
        assertThat(a.grants()).containsExactly(UsageGrant.ofTotal("mk1", 1));
    }

    @Test
    void anUpdateWithoutAReportForTheKeyGrantsNothing() {
        Decision.Accept start = decide(initial(SILVER_IMSI).build(), PolicySession.NEW, 0);
        PolicyRequest noReport = PolicyRequest.builder(CcRequestType.UPDATE).imsi(SILVER_IMSI).apn("internet")
                .eventTrigger(EventTrigger.RAT_CHANGE).build();
        assertThat(decide(noReport, after(start), 10 * MB).grants()).isEmpty();
    }

    @Test
    void timeOnlyAndDirectionalGrantsAreCutToo() {
        UsageGrant wanted = new UsageGrant("k", null, DataSize.ofBytes(500), DataSize.ofBytes(50), Duration.ofMinutes(10),
                MonitoringLevel.SESSION);
        UsageGrant cut = GrantPlanner.cap(wanted, 900, new TreeSet<>(java.util.List.of(1000L, 5000L)));
        assertThat(cut).isEqualTo(new UsageGrant("k", DataSize.ofBytes(100), DataSize.ofBytes(100), DataSize.ofBytes(50),
                Duration.ofMinutes(10), MonitoringLevel.SESSION));
    }

    @Property
    void aGrantNeverPassesTheNextThresholdNorExceedsTheWantedAmount(
            @ForAll @LongRange(min = 0, max = 10 * GB) long used, @ForAll @LongRange(min = 1, max = 10 * GB) long wanted,
            @ForAll @LongRange(min = 1, max = 10 * GB) long t1, @ForAll @LongRange(min = 1, max = 10 * GB) long t2) {
        TreeSet<Long> thresholds = new TreeSet<>(java.util.List.of(t1, t2));
        UsageGrant g = GrantPlanner.cap(UsageGrant.ofTotal("k", wanted), used, thresholds);
        long granted = g.total().bytes();
        assertThat(granted).isPositive().isLessThanOrEqualTo(wanted);
        Long next = thresholds.higher(used);
        if (next != null) {
            assertThat(used + granted).isLessThanOrEqualTo(next);
        } else {
            assertThat(granted).isEqualTo(wanted);
        }
    }
}
