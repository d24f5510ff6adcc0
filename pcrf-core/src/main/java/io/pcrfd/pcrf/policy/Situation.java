package io.pcrfd.pcrf.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a decision depends on besides the policy and the event: the engine reads nothing
 * else (no clock, no store). Built by the runtime from the stored session whatever the event.
 *
 * @param session         what the session has installed now ({@link PolicySession#NEW} on CCR-I)
 * @param context         the session's latest context (the CCR-I's, updated by each CCR-U)
 * @param subscriber      the subscriber's profile, empty when unknown
 * @param usage           running totals per Monitoring-Key, <em>including</em> the reports the
 *                        event carries (the runtime adds them to the store first, then asks)
 * @param linkedSessions  the sessions linked to this one (S9a, S9, Sy, Rx, Sd subsessions)
 * @param counterStatuses Sy policy counter statuses by Policy-Counter-Identifier (TS 29.219
 *                        §5.3.1); empty until the Sy application feeds them
 * @param afSessions      Rx application function sessions bound to this one; empty until the
 *                        Rx application feeds them
 * @param now             the instant of the decision
 * @param zone            the zone of time-of-day conditions ({@code policy.zone})
 * @param metering        what the subscriber's usage metering adds (crossed thresholds' actions,
 *                        grants cut at the next threshold); {@link MeteringOverlay#NONE} without
 */
public record Situation(PolicySession session, IpCanContext context, Optional<Subscriber> subscriber,
                        Map<String, UsedUnits> usage, List<LinkedSession> linkedSessions,
                        Map<String, String> counterStatuses, List<AfSession> afSessions, Instant now, ZoneId zone,
                        MeteringOverlay metering) {

    /** A session linked to the IP-CAN session, by its application and Session-Id. */
    public record LinkedSession(String application, String sessionId) {
    }

    /**
     * An Rx application function session: its Session-Id, AF-Application-Identifier, and the
     * dynamic PCC rules derived from its media components (TS 29.213 §6.3), which the decision
     * installs beside the plan's own.
     */
    public record AfSession(String sessionId, String afApplicationId, List<ChargingRuleDefinition> rules) {
        public AfSession {
            rules = List.copyOf(rules);
        }
    }

    public Situation {
        usage = Map.copyOf(usage);
        linkedSessions = List.copyOf(linkedSessions);
        counterStatuses = Map.copyOf(counterStatuses);
        afSessions = List.copyOf(afSessions);
        metering = metering == null ? MeteringOverlay.NONE : metering;
    }

    /** A situation without metering (the form every caller before metering used). */
    public Situation(PolicySession session, IpCanContext context, Optional<Subscriber> subscriber,
                     Map<String, UsedUnits> usage, List<LinkedSession> linkedSessions,
                     Map<String, String> counterStatuses, List<AfSession> afSessions, Instant now, ZoneId zone) {
        this(session, context, subscriber, usage, linkedSessions, counterStatuses, afSessions, now, zone,
                MeteringOverlay.NONE);
    }

    /** A situation with no linked sessions, counter statuses or AF sessions. */
    public static Situation of(PolicySession session, IpCanContext context, Optional<Subscriber> subscriber,
                               Map<String, UsedUnits> usage, Instant now, ZoneId zone) {
        return new Situation(session, context, subscriber, usage, List.of(), Map.of(), List.of(), now, zone);
    }

    /** This situation with {@code linked} as its linked sessions. */
    public Situation withLinkedSessions(List<LinkedSession> linked) {
        return new Situation(session, context, subscriber, usage, linked, counterStatuses, afSessions, now, zone,
                metering);
    }

    /** This situation with {@code statuses} as its Sy policy counter statuses. */
    public Situation withCounterStatuses(Map<String, String> statuses) {
        return new Situation(session, context, subscriber, usage, linkedSessions, statuses, afSessions, now, zone,
                metering);
    }

    /** This situation with {@code overlay} as what metering adds. */
    public Situation withMetering(MeteringOverlay overlay) {
        return new Situation(session, context, subscriber, usage, linkedSessions, counterStatuses, afSessions, now,
                zone, overlay);
    }

    /** This situation with {@code c} as the context (metering tests a fixed-line report as fixed access). */
    public Situation withContext(IpCanContext c) {
        return new Situation(session, c, subscriber, usage, linkedSessions, counterStatuses, afSessions, now, zone,
                metering);
    }

    /** The running total for {@code key}, zero when nothing was used yet. */
    public UsedUnits usageOf(String key) {
        return usage.getOrDefault(key, UsedUnits.ZERO);
    }
}
