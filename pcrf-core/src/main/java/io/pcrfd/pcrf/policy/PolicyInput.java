package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one decision depends on; the engine reads nothing else (no clock, no store).
 *
 * @param session    what the session has installed now ({@link PolicySession#NEW} on CCR-I)
 * @param request    the request being answered; for a RAR (time-of-day flip, usage crossing,
 *                   operator request) the last request seen, re-typed UPDATE and stripped of
 *                   its reports with {@code last.toBuilder(CcRequestType.UPDATE).build()}, so
 *                   grants are not sent again and reports are not counted twice
 * @param subscriber the subscriber's profile, empty when unknown
 * @param usage      running totals per Monitoring-Key, <em>including</em> the reports carried
 *                   by {@code request} (the runtime adds them to the store first, then asks)
 * @param now        the instant of the decision
 * @param zone       the zone of time-of-day conditions ({@code policy.zone})
 */
public record PolicyInput(PolicySession session, PolicyRequest request, Optional<Subscriber> subscriber,
                          Map<String, UsedUnits> usage, Instant now, ZoneId zone) {
    public PolicyInput {
        usage = Map.copyOf(usage);
    }

    /** The running total for {@code key}, zero when nothing was used yet. */
    public UsedUnits usageOf(String key) {
        return usage.getOrDefault(key, UsedUnits.ZERO);
    }
}
