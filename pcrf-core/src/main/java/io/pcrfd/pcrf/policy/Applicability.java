package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Tests a policy {@link Conditions} against a {@link Situation} outside a plan: what the
 * metering policies use for their applicability conditions and rating lines, with the same
 * meaning as in a plan rule (the same facts, time windows, days, roaming, counters).
 *
 * @param homePlmns home MCC+MNC values, as the engine has them
 */
public record Applicability(Set<String> homePlmns) {
    public Applicability {
        homePlmns = Set.copyOf(homePlmns);
    }

    /** True when every condition of {@code c} holds in {@code s}. */
    public boolean holds(Conditions c, Situation s) {
        Facts f = new Facts(s, homePlmns);
        return c.matches(f);
    }

    /** The first instant after {@code now} at which the time or day conditions of {@code c} change value. */
    public static Optional<Instant> nextFlip(Conditions c, Instant now, ZoneId zone) {
        return c.timed() ? TimeFlips.next(c, now, zone) : Optional.empty();
    }
}
