package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the next instant at which the time part of a rule's conditions changes value. The
 * value of {@code time}/{@code days} can only change at a window edge or at midnight, so the
 * candidates are those local times over the next eight days (a week plus the day a wrapped
 * window started on), converted to instants in the zone; the answer is the first candidate
 * whose value differs from now. Daylight saving is exact: a window edge skipped by a gap
 * becomes the instant of the jump (the local clock passes the edge there), and an edge inside
 * an overlap is a candidate at both of its occurrences.
 */
final class TimeFlips {
    private static final int HORIZON_DAYS = 8;

    private TimeFlips() {
    }

    static Optional<Instant> next(Conditions c, Instant now, ZoneId zone) {
        if (!c.timed()) {
            return Optional.empty();
        }
        boolean current = c.matchesTime(now.atZone(zone));
        for (Instant candidate : candidates(c, now, zone)) {
            if (c.matchesTime(candidate.atZone(zone)) != current) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static TreeSet<Instant> candidates(Conditions c, Instant now, ZoneId zone) {
        TreeSet<Instant> out = new TreeSet<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int d = -1; d <= HORIZON_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            add(out, date, LocalTime.MIDNIGHT, zone, now);
            for (TimeWindow w : c.time()) {
                add(out, date, w.start(), zone, now);
                add(out, date, w.end(), zone, now);
            }
        }
        return out;
    }

    private static void add(TreeSet<Instant> out, LocalDate date, LocalTime time, ZoneId zone, Instant now) {
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            addIfAfter(out, zone.getRules().getTransition(local).getInstant(), now);
        }
        for (ZoneOffset offset : offsets) {
            addIfAfter(out, local.toInstant(offset), now);
        }
    }

    private static void addIfAfter(TreeSet<Instant> out, Instant i, Instant now) {
        if (i.isAfter(now)) {
            out.add(i);
        }
    }
}
