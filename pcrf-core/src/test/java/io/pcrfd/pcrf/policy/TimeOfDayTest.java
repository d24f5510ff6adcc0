package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.GOLD_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.after;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time-of-day and day-of-week conditions, their exact flip instants, wrapping and zones. */
class TimeOfDayTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Conditions when(String time, String days) {
        return new Conditions(List.of(), List.of(), List.of(), List.of(), null,
                time == null ? List.of() : List.of(TimeWindow.parse(time)),
                days == null ? List.of() : List.of(DayRange.parse(days)), null, Map.of(), null);
    }

    private static Optional<Instant> next(Conditions c, String now, ZoneId zone) {
        return TimeFlips.next(c, Instant.parse(now), zone);
    }

    private static boolean at(Conditions c, String instant, ZoneId zone) {
        return c.matchesTime(Instant.parse(instant).atZone(zone));
    }

    @Test
    void aWindowIncludesItsStartAndExcludesItsEnd() {
        Conditions day = when("08:00-18:00", null);
        assertThat(at(day, "2026-11-18T07:59:59.999Z", Fixtures.UTC)).isFalse();
        assertThat(at(day, "2026-11-18T08:00:00Z", Fixtures.UTC)).isTrue();
        assertThat(at(day, "2026-11-18T17:59:59.999Z", Fixtures.UTC)).isTrue();
        assertThat(at(day, "2026-11-18T18:00:00Z", Fixtures.UTC)).isFalse();
    }

    @Test
    void theNextChangeIsTheExactInstantOfTheFlip() {
        Conditions day = when("08:00-18:00", null);
        assertThat(next(day, "2026-11-18T07:59:59.999Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-18T08:00:00Z"));
        assertThat(next(day, "2026-11-18T08:00:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-18T18:00:00Z"));
        assertThat(next(day, "2026-11-18T18:00:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-19T08:00:00Z"));
    }

    @Test
    void aWindowOverMidnightWraps() {
        Conditions night = when("22:00-06:00", null);
        assertThat(at(night, "2026-11-18T23:30:00Z", Fixtures.UTC)).isTrue();
        assertThat(at(night, "2026-11-19T00:00:00Z", Fixtures.UTC)).isTrue();
        assertThat(at(night, "2026-11-19T05:59:59Z", Fixtures.UTC)).isTrue();
        assertThat(at(night, "2026-11-19T06:00:00Z", Fixtures.UTC)).isFalse();
        assertThat(at(night, "2026-11-18T21:59:59Z", Fixtures.UTC)).isFalse();
        // the midnight candidate does not flip anything: the next change is the window's end
        assertThat(next(night, "2026-11-18T23:30:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-19T06:00:00Z"));
        assertThat(next(night, "2026-11-19T06:00:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-19T22:00:00Z"));
    }

    @Test
    void twentyFourHundredEndsAtMidnight() {
        TimeWindow evening = TimeWindow.parse("18:00-24:00");
        assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(evening.contains(LocalTime.of(23, 59, 59))).isTrue();
        assertThat(evening.contains(LocalTime.MIDNIGHT)).isFalse();
        assertThat(evening.toString()).isEqualTo("18:00-24:00");
    }

    @Test
    void windowsAreLocalTimeInThePolicyZone() {
        Conditions day = when("08:00-18:00", null);
        // November: Paris is UTC+1, so 08:00 local is 07:00Z
        assertThat(at(day, "2026-11-18T06:59:59Z", PARIS)).isFalse();
        assertThat(at(day, "2026-11-18T07:00:00Z", PARIS)).isTrue();
        assertThat(next(day, "2026-11-18T06:00:00Z", PARIS)).hasValue(Instant.parse("2026-11-18T07:00:00Z"));
        // July: UTC+2
        assertThat(next(day, "2026-07-15T05:00:00Z", PARIS)).hasValue(Instant.parse("2026-07-15T06:00:00Z"));
    }

    @Test
    void aWindowEdgeInsideADaylightSavingGapFlipsRightAfterTheGap() {
        // 2026-03-29 in Paris: 02:00 local jumps to 03:00 (01:00Z). 02:30 does not exist that day,
        // and the clock passes it at the jump.
        Conditions c = when("02:30-04:00", null);
        assertThat(at(c, "2026-03-29T00:59:59Z", PARIS)).isFalse();
        assertThat(next(c, "2026-03-29T00:00:00Z", PARIS)).hasValue(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(at(c, "2026-03-29T01:00:00Z", PARIS)).isTrue();
        assertThat(next(c, "2026-03-29T01:00:00Z", PARIS)).hasValue(Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void aWindowInsideADaylightSavingOverlapOpensTwice() {
        // 2026-10-25 in Paris: 03:00 local falls back to 02:00 (at 01:00Z); 02:00-02:30 happens twice
        Conditions c = when("02:00-02:30", null);
        assertThat(next(c, "2026-10-24T23:00:00Z", PARIS)).hasValue(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(next(c, "2026-10-25T00:00:00Z", PARIS)).hasValue(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(next(c, "2026-10-25T00:30:00Z", PARIS)).hasValue(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(next(c, "2026-10-25T01:00:00Z", PARIS)).hasValue(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void daysOfWeekFlipAtLocalMidnight() {
        Conditions weekdays = when(null, "MON-FRI");
        // 2026-11-20 is a Friday
        assertThat(at(weekdays, "2026-11-20T23:59:59Z", Fixtures.UTC)).isTrue();
        assertThat(at(weekdays, "2026-11-21T00:00:00Z", Fixtures.UTC)).isFalse();
        assertThat(next(weekdays, "2026-11-20T10:00:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(next(weekdays, "2026-11-21T10:00:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(next(weekdays, "2026-11-20T10:00:00Z", PARIS)).hasValue(Instant.parse("2026-11-20T23:00:00Z"));
    }

    @Test
    void dayRangesWrapAroundTheWeekend() {
        DayRange r = DayRange.parse("FRI-MON");
        assertThat(r.contains(DayOfWeek.SATURDAY)).isTrue();
        assertThat(r.contains(DayOfWeek.MONDAY)).isTrue();
        assertThat(r.contains(DayOfWeek.WEDNESDAY)).isFalse();
        assertThat(DayRange.parse("saturday")).isEqualTo(new DayRange(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY));
    }

    @Test
    void daysAndTimeAreBothTestedOnTheLocalClock() {
        Conditions weekendNight = when("23:00-06:00", "SAT-SUN");
        // Friday 23:30: the window is open but it is not the weekend yet
        assertThat(at(weekendNight, "2026-11-20T23:30:00Z", Fixtures.UTC)).isFalse();
        assertThat(next(weekendNight, "2026-11-20T23:30:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-21T00:00:00Z"));
        // Monday 00:30: inside the window, but Monday
        assertThat(at(weekendNight, "2026-11-23T00:30:00Z", Fixtures.UTC)).isFalse();
        // Sunday 23:30 is inside; it ends at Monday 00:00
        assertThat(next(weekendNight, "2026-11-22T23:30:00Z", Fixtures.UTC)).hasValue(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void theEngineAppliesTheWindowAndReportsWhenItFlips() {
        PolicyEngine e = Fixtures.engine("""
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - {name: day, then: {ambr: {uplink: 1Mbps, downlink: 2Mbps}}}
                      - {name: night, when: {time: ["22:00-06:00"]}, then: {ambr: {uplink: 10Mbps, downlink: 20Mbps}}}
                """);
        Instant beforeNight = Instant.parse("2026-11-18T21:59:59.999Z");
        Decision.Accept day = accept(e.decide(Fixtures.input(e, initial(GOLD_IMSI).build(), beforeNight)));
        assertThat(day.ambr()).isEqualTo(BitratePair.of(1_000_000, 2_000_000));
        Instant flip = Instant.parse("2026-11-18T22:00:00Z");
        assertThat(day.nextChange()).hasValue(flip);
        // the RAR the runtime schedules at exactly that instant carries only the AMBR change
        PolicyRequest same = initial(GOLD_IMSI).build().toBuilder(CcRequestType.UPDATE).build();
        Decision.Accept night = accept(e.decide(Fixtures.input(e, same, after(day), Map.of(), flip)));
        assertThat(night.ambr()).isEqualTo(BitratePair.of(10_000_000, 20_000_000));
        assertThat(night.rules().isEmpty()).isTrue();
        assertThat(night.nextChange()).hasValue(Instant.parse("2026-11-19T06:00:00Z"));
    }

    @Test
    void windowsOfRulesThatCannotMatchDoNotScheduleChanges() {
        PolicyEngine e = Fixtures.engine("""
                defaultPlan: p
                plans:
                  p:
                    rules:
                      - {name: ims-night, when: {apn: [ims], time: ["22:00-06:00"]}, then: {install: [x]}}
                """);
        Decision.Accept a = accept(e.decide(Fixtures.input(e, initial(GOLD_IMSI).build(), Fixtures.WEDNESDAY_NOON)));
        assertThat(a.nextChange()).isEmpty();
    }
}
