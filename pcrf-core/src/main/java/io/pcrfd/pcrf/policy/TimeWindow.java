package io.pcrfd.pcrf.policy;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time-of-day window in the policy zone, written {@code 08:00-18:00}: it includes its start
 * and excludes its end, so two windows {@code 08:00-18:00} and {@code 18:00-08:00} never
 * overlap. An end before the start wraps past midnight ({@code 22:00-06:00}); {@code 24:00}
 * is accepted as an end meaning midnight.
 *
 * @param start first minute inside
 * @param end   first minute outside (00:00 for 24:00)
 */
public record TimeWindow(LocalTime start, LocalTime end) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})");

    public TimeWindow {
        if (start.equals(end)) {
            throw new IllegalArgumentException("a window from " + start + " to " + end + " is empty");
        }
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static TimeWindow parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a window like 08:00-18:00, got '" + text + "'");
        }
        return new TimeWindow(time(m.group(1), m.group(2), false, text), time(m.group(3), m.group(4), true, text));
    }

    private static LocalTime time(String h, String m, boolean end, String text) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (end && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("'" + text + "' is not a valid time of day");
        }
        return LocalTime.of(hour, minute);
    }

    /** True when {@code t} is inside. */
    public boolean contains(LocalTime t) {
        if (start.isBefore(end)) {
            return !t.isBefore(start) && t.isBefore(end);
        }
        return !t.isBefore(start) || t.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
