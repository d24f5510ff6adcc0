package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LongSummaryStatistics;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tc back-off (RFC 6733 §2.1, §12) and Tw jitter (RFC 3539 §3.4.1) as pure numbers. */
class TimingTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final int SAMPLES = 10_000;

    @Test
    void reconnectDelayDoublesFromOneSecondUpToTc() {
        Duration tc = Duration.ofSeconds(30);
        long[] delays = IntStream.range(0, 8).mapToLong(n -> Timing.STANDARD.reconnectNanos(tc, n)).toArray();
        assertThat(delays).containsExactly(SECOND, 2 * SECOND, 4 * SECOND, 8 * SECOND, 16 * SECOND,
                30 * SECOND, 30 * SECOND, 30 * SECOND);
    }

    @Test
    void reconnectDelayStaysAtTcHoweverManyFailures() {
        Duration tc = Duration.ofSeconds(30);
        // The shift is capped, so a peer down for days never overflows into a negative delay.
        for (int n : new int[] {20, 21, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(Timing.STANDARD.reconnectNanos(tc, n)).as("after %d failures", n).isEqualTo(tc.toNanos());
        }
    }

    @Test
    void aTcBelowTheFloorIsUsedFromTheFirstRedial() {
        Duration tc = Duration.ofMillis(400);
        assertThat(IntStream.range(0, 4).mapToLong(n -> Timing.STANDARD.reconnectNanos(tc, n)))
                .containsOnly(tc.toNanos());
        Duration three = Duration.ofSeconds(3);
        assertThat(IntStream.range(0, 4).mapToLong(n -> Timing.STANDARD.reconnectNanos(three, n)))
                .containsExactly(SECOND, 2 * SECOND, 3 * SECOND, 3 * SECOND);
    }

    @Test
    void theTestTimingStartsFromItsOwnFloor() {
        Duration tc = Duration.ofMillis(100);
        Timing t = Timing.forTests();
        assertThat(IntStream.range(0, 3).mapToLong(n -> t.reconnectNanos(tc, n)))
                .containsExactly(Duration.ofMillis(50).toNanos(), tc.toNanos(), tc.toNanos());
    }

    @Test
    void twIsJitteredByAtMostTwoSecondsEitherWay() {
        Duration tw = Duration.ofSeconds(30);
        LongSummaryStatistics s = samples(Timing.STANDARD, tw);
        assertThat(s.getMin()).isGreaterThanOrEqualTo(tw.toNanos() - 2 * SECOND);
        assertThat(s.getMax()).isLessThanOrEqualTo(tw.toNanos() + 2 * SECOND);
        // Uniform over ±2 s: 10 000 samples reach each outer second and centre on Tw
        // (standard error of the mean ~12 ms, so ±100 ms is far outside chance).
        assertThat(s.getMin()).isLessThan(tw.toNanos() - SECOND);
        assertThat(s.getMax()).isGreaterThan(tw.toNanos() + SECOND);
        assertThat(s.getAverage()).isBetween(tw.toNanos() - 0.1 * SECOND, tw.toNanos() + 0.1 * SECOND);
    }

    @Test
    void atTheSixSecondFloorTheJitteredTwIsNeverBelowFourSeconds() {
        // twNanos itself has no floor: DiameterNode refuses a Tw below minTw (6 s), so the
        // shortest interval that can occur is minTw - jitter.
        Duration floor = Timing.STANDARD.minTw();
        assertThat(floor).isEqualTo(Duration.ofSeconds(6));
        LongSummaryStatistics s = samples(Timing.STANDARD, floor);
        assertThat(s.getMin()).isGreaterThanOrEqualTo(Duration.ofSeconds(4).toNanos());
        assertThat(s.getMax()).isLessThanOrEqualTo(Duration.ofSeconds(8).toNanos());
        assertThat(s.getMin()).isNotEqualTo(s.getMax());
    }

    @Test
    void withoutJitterTwIsExact() {
        Duration tw = Duration.ofMillis(300);
        LongSummaryStatistics s = samples(Timing.forTests(), tw);
        assertThat(s.getMin()).isEqualTo(tw.toNanos());
        assertThat(s.getMax()).isEqualTo(tw.toNanos());
    }

    private static LongSummaryStatistics samples(Timing t, Duration tw) {
        return IntStream.range(0, SAMPLES).mapToLong(i -> t.twNanos(tw)).summaryStatistics();
    }
}
