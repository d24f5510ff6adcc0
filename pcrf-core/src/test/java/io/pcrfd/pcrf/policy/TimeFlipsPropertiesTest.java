package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The next flip found from window edges equals the first minute at which a brute-force scan,
 * minute by minute over the same horizon, sees the condition change (windows are whole
 * minutes, and the zones used have whole-hour offsets, so minutes are exact). Includes a zone
 * with daylight saving and instants around its transitions.
 */
class TimeFlipsPropertiesTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"));

    @Provide
    Arbitrary<Conditions> timed() {
        Arbitrary<LocalTime> minute = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<TimeWindow> window = Combinators.combine(minute, minute).filter((a, b) -> !a.equals(b)).as(TimeWindow::new);
        Arbitrary<DayRange> days = Combinators.combine(Arbitraries.of(DayOfWeek.class), Arbitraries.of(DayOfWeek.class))
                .as(DayRange::new);
        return Combinators.combine(window.list().ofMaxSize(2), days.list().ofMaxSize(2))
                .filter((w, d) -> !w.isEmpty() || !d.isEmpty())
                .as((w, d) -> new Conditions(List.of(), List.of(), List.of(), List.of(), null, w, d, null, Map.of(), null));
    }

    @Property(tries = 150)
    void nextFlipEqualsBruteForce(@ForAll("timed") Conditions c, @ForAll("zones") ZoneId zone,
                                  @ForAll @LongRange(min = 1_774_000_000L, max = 1_793_000_000L) long epochSecond) {
        Instant now = Instant.ofEpochSecond(epochSecond);
        assertThat(TimeFlips.next(c, now, zone)).isEqualTo(bruteForce(c, now, zone));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    private static Optional<Instant> bruteForce(Conditions c, Instant now, ZoneId zone) {
        boolean current = c.matchesTime(now.atZone(zone));
        Instant t = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant horizon = now.plus(8, ChronoUnit.DAYS);
        for (; t.isBefore(horizon); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (c.matchesTime(t.atZone(zone)) != current) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
