package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.MeteringReset;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Metering periods: each starts at local midnight in the policy zone (the start of the day as
 * {@link LocalDate#atStartOfDay(ZoneId)} gives it, so a DST gap at midnight moves it, never
 * skips it). Monthly periods start on the billing day, or the month's last day when the month is
 * shorter; weekly on the configured weekday; a policy that never resets has one period starting
 * at the epoch.
 */
public final class Periods {
    private Periods() {
    }

    /** The start of the period that holds {@code t}. */
    public static Instant start(MeteringReset r, Instant t, ZoneId zone) {
        LocalDate d = t.atZone(zone).toLocalDate();
        LocalDate s = switch (r.period()) {
            case DAILY -> d;
            case WEEKLY -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(r.day())));
            case MONTHLY -> monthlyStart(d, r.day());
            case NEVER -> null;
        };
        return s == null ? Instant.EPOCH : s.atStartOfDay(zone).toInstant();
    }

    /** The start of the next period after the one holding {@code t}; null when it never resets. */
    public static Instant next(MeteringReset r, Instant t, ZoneId zone) {
        LocalDate startDay = start(r, t, zone).atZone(zone).toLocalDate();
        LocalDate n = switch (r.period()) {
            case DAILY -> startDay.plusDays(1);
            case WEEKLY -> startDay.plusWeeks(1);
            case MONTHLY -> billingDay(YearMonth.from(startDay).plusMonths(1), r.day());
            case NEVER -> null;
        };
        return n == null ? null : n.atStartOfDay(zone).toInstant();
    }

    private static LocalDate monthlyStart(LocalDate d, int day) {
        LocalDate thisMonth = billingDay(YearMonth.from(d), day);
        return d.isBefore(thisMonth) ? billingDay(YearMonth.from(d).minusMonths(1), day) : thisMonth;
    }

    private static LocalDate billingDay(YearMonth m, int day) {
        return m.atDay(Math.min(day, m.lengthOfMonth()));
    }
}
