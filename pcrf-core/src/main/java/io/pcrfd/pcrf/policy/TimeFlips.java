package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the next instant at which the time part of a rule's conditions changes value. The
 * value of {@code time}/{@code days} can only change at a window edge or at midnight, so the
 * candidates are those local times, day after day over the next eight days (a week plus the
 * day a wrapped window started on), converted to instants in the zone; the answer is the first
 * candidate whose value differs from now. All local times of one date come before those of
 * the next date, so scanning date by date visits candidates in order. Daylight saving is exact: a window edge skipped by a gap
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
        LocalDate today = now.atZone(zone).toLocalDate();
        // day by day, so the usual answer (today or tomorrow) costs a handful of candidates
        for (int d = -1; d <= HORIZON_DAYS; d++) {
            for (Instant candidate : candidates(c, today.plusDays(d), now, zone)) {
                if (c.matchesTime(candidate.atZone(zone)) != current) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The edges on one local date that lie after {@code now}, in order. */
    private static List<Instant> candidates(Conditions c, LocalDate date, Instant now, ZoneId zone) {
        List<Instant> out = new ArrayList<>(1 + 2 * c.time().size());
        add(out, date, LocalTime.MIDNIGHT, zone, now);
        for (TimeWindow w : c.time()) {
            add(out, date, w.start(), zone, now);
            add(out, date, w.end(), zone, now);
        }
        out.sort(null);
        return out;
    }

    private static void add(List<Instant> out, LocalDate date, LocalTime time, ZoneId zone, Instant now) {
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            addIfAfter(out, zone.getRules().getTransition(local).getInstant(), now);
        }
        for (ZoneOffset offset : offsets) {
            addIfAfter(out, local.toInstant(offset), now);
        }
    }

    private static void addIfAfter(List<Instant> out, Instant i, Instant now) {
        if (i.isAfter(now)) {
            out.add(i);
        }
    }
}
