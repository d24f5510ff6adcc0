package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * A Gx request's decision input in one value: shorthand for the {@link Situation} the request
 * reports (its context, as the session has it) and the {@link PolicyEvent#gx} event it is.
 * Decisions the PCRF starts itself build a {@link Situation} from the stored session and a
 * {@link PolicyEvent} of their kind instead; there is no request to re-type.
 *
 * @param session    what the session has installed now ({@link PolicySession#NEW} on CCR-I)
 * @param request    the request being answered, completed from the stored session for CCR-U
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

    /** The situation the request reports. */
    public Situation situation() {
        return Situation.of(session, request.context(), subscriber, usage, now, zone);
    }

    /** The request as an event. */
    public PolicyEvent event() {
        return PolicyEvent.gx(request);
    }
}
