package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One timer task per distinct instant: sessions join, move and leave its set; an empty set is cancelled. */
class TimeOfDaySchedulerTest {
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final Instant TEN_PM = Instant.parse("2026-11-18T22:00:00Z");
    private static final Instant SIX_AM = Instant.parse("2026-11-19T06:00:00Z");
    private final MutableClock clock = new MutableClock(NOON);
    private final ManualTimer timer = new ManualTimer(clock);
    private final List<String> pushed = new CopyOnWriteArrayList<>();
    private final TimeOfDayScheduler scheduler = new TimeOfDayScheduler(timer, pushed::add);

    private static String id(int n) {
        return "pgw1;tod;" + n;
    }

    @Test
    void thousandsOfSessionsOnOneInstantHoldOneTimerTask() {
        IntStream.range(0, 2_000).forEach(n -> scheduler.decided(id(n), Optional.of(n % 2 == 0 ? TEN_PM : SIX_AM)));

        assertThat(scheduler.pendingCount()).isEqualTo(2_000);
        assertThat(scheduler.instantCount()).isEqualTo(2);
        assertThat(timer.scheduled()).containsExactly(TEN_PM, SIX_AM);
    }

    @Test
    void theLastSessionLeavingAnInstantCancelsItsTask() {
        IntStream.range(0, 1_000).forEach(n -> scheduler.decided(id(n), Optional.of(TEN_PM)));
        scheduler.decided(id(1_000), Optional.of(SIX_AM));

        IntStream.range(0, 1_000).forEach(n -> scheduler.ended(id(n), "CCR-T"));

        assertThat(timer.scheduled()).containsExactly(SIX_AM);
        assertThat(scheduler.pendingCount()).isEqualTo(1);
        scheduler.decided(id(1_000), Optional.empty());
        assertThat(timer.scheduled()).isEmpty();
        assertThat(scheduler.instantCount()).isZero();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void theInstantPushesEverySessionStillWaitingOnceAndForgetsThem() {
        IntStream.range(0, 10).forEach(n -> scheduler.decided(id(n), Optional.of(TEN_PM)));
        scheduler.decided(id(3), Optional.of(SIX_AM));
        scheduler.ended(id(4), "CCR-T");
        scheduler.decided(id(5), Optional.of(TEN_PM));

        timer.advanceTo(TEN_PM);

        assertThat(pushed).containsExactlyInAnyOrder(id(0), id(1), id(2), id(5), id(6), id(7), id(8), id(9));
        assertThat(timer.scheduled()).containsExactly(SIX_AM);
        assertThat(scheduler.pendingCount()).isEqualTo(1);
    }

    @Test
    void aSessionJoiningAnInstantThatHasJustFiredIsPushedToo() {
        scheduler.decided(id(1), Optional.of(TEN_PM));
        timer.advanceTo(TEN_PM);

        scheduler.decided(id(2), Optional.of(TEN_PM));
        timer.advanceTo(TEN_PM);

        assertThat(pushed).containsExactly(id(1), id(2));
        assertThat(scheduler.instantCount()).isZero();
    }
}
