package io.pcrfd.pcrf.policy;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * Days of the week in the policy zone: one day ({@code SAT}) or an inclusive range
 * ({@code MON-FRI}, or wrapping, {@code FRI-MON}). A day condition tests the local date of the
 * decision instant; it is independent of any time window in the same rule, so
 * {@code days: [FRI], time: [22:00-06:00]} matches Friday 22:00-24:00 and Friday 00:00-06:00.
 *
 * @param first first day inside
 * @param last  last day inside
 */
public record DayRange(DayOfWeek first, DayOfWeek last) {

    /** Parses {@code MON}, {@code MON-FRI}; three-letter or full English names. */
    public static DayRange parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected a day like MON or a range like MON-FRI, got '" + text + "'");
        }
        DayOfWeek first = day(parts[0], text);
        return new DayRange(first, parts.length == 2 ? day(parts[1], text) : first);
    }

    private static DayOfWeek day(String s, String text) {
        String u = s.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (u.length() >= 3 && d.name().startsWith(u)) {
                return d;
            }
        }
        throw new IllegalArgumentException("expected a day like MON or a range like MON-FRI, got '" + text + "'");
    }

    /** True when {@code day} is inside the range. */
    public boolean contains(DayOfWeek day) {
        int from = first.getValue();
        int to = last.getValue();
        int d = day.getValue();
        return from <= to ? d >= from && d <= to : d >= from || d <= to;
    }
}
