package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.Applicability;
import io.pcrfd.pcrf.policy.RatingEntry;
import io.pcrfd.pcrf.policy.Situation;
import java.time.Instant;
import java.util.Optional;

/**
 * When metering changes by itself: the next reset of any policy, and the next time an
 * applicability condition or a rating line's time or day condition changes value. The runtime
 * decides the subscriber's sessions again then (the time-of-day scheduler), so a reset lifts a
 * throttle and a night factor starts at its minute with a grant sized for it.
 */
final class NextChange {
    private NextChange() {
    }

    static Optional<Instant> of(MeteringPlan plan, Situation s) {
        Instant best = null;
        for (MeteringPolicy p : plan.policies().values()) {
            best = min(best, Periods.next(p.reset(), s.now(), s.zone()));
            best = min(best, Applicability.nextFlip(p.when(), s.now(), s.zone()).orElse(null));
            for (RatingEntry e : p.rating()) {
                best = min(best, Applicability.nextFlip(e.when(), s.now(), s.zone()).orElse(null));
            }
        }
        return Optional.ofNullable(best);
    }

    private static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
