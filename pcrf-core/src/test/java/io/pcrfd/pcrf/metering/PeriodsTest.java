package io.pcrfd.pcrf.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.MeteringReset;
import io.pcrfd.pcrf.policy.MeteringReset.Period;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Period starts at local midnight: billing day, short months, weeks, days, DST. */
class PeriodsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aBillingDayBeyondTheMonthsEndFallsOnItsLastDay() {
        MeteringReset r = new MeteringReset(Period.MONTHLY, 31);
        Instant midFeb = Instant.parse("2026-02-15T12:00:00Z");

        assertThat(Periods.start(r, midFeb, PARIS)).isEqualTo(Instant.parse("2026-01-30T23:00:00Z"));
        assertThat(Periods.next(r, midFeb, PARIS)).isEqualTo(Instant.parse("2026-02-27T23:00:00Z"));
        assertThat(Periods.next(r, Instant.parse("2026-03-01T12:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));
    }

    @Test
    void weeklyDailyAndNever() {
        Instant wednesday = Instant.parse("2026-11-18T12:00:00Z");
        assertThat(Periods.start(new MeteringReset(Period.WEEKLY, 1), wednesday, PARIS))
                .isEqualTo(Instant.parse("2026-11-15T23:00:00Z"));
        assertThat(Periods.next(new MeteringReset(Period.DAILY, 1), wednesday, PARIS))
                .isEqualTo(Instant.parse("2026-11-18T23:00:00Z"));
        assertThat(Periods.start(new MeteringReset(Period.NEVER, 1), wednesday, PARIS)).isEqualTo(Instant.EPOCH);
        assertThat(Periods.next(new MeteringReset(Period.NEVER, 1), wednesday, PARIS)).isNull();
    }

    @Test
    void theDayOfASummerTimeChangeStartsAtItsOwnMidnight() {
        Instant changeDay = Instant.parse("2026-03-29T12:00:00Z");
        assertThat(Periods.start(new MeteringReset(Period.DAILY, 1), changeDay, PARIS))
                .isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(Periods.next(new MeteringReset(Period.DAILY, 1), changeDay, PARIS))
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }
}
