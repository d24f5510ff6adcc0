package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.Actions;
import io.pcrfd.pcrf.policy.Applicability;
import io.pcrfd.pcrf.policy.MeteringOverlay;
import io.pcrfd.pcrf.policy.MeteringThreshold;
import io.pcrfd.pcrf.policy.RatingEntry;
import io.pcrfd.pcrf.policy.RatingFactor;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metering arithmetic, a pure function of (plan, situation, network, stored meters): which
 * policy of each service is active, what a report adds to which meters, which thresholds are
 * crossed, what the decision gets from them. No clock, no store, no Diameter; the situation
 * carries the instant and zone. See the package documentation for the rules.
 */
public final class Metering {
    private final MeteringPlan plan;
    private final Applicability applicability;
    /**
     * The last next-change computed: it depends only on the instant and the zone, and nothing
     * changes between the instant it was computed for and the change itself, so it holds for
     * every decision in between (computing it scans the time windows of every policy).
     */
    private final java.util.concurrent.atomic.AtomicReference<KnownChange> known =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record KnownChange(Instant from, java.time.ZoneId zone, Optional<Instant> next) {
        boolean holdsAt(Instant t, java.time.ZoneId z) {
            return zone.equals(z) && !t.isBefore(from) && (next.isEmpty() || t.isBefore(next.get()));
        }
    }

    public Metering(MeteringPlan plan, Applicability applicability) {
        this.plan = plan;
        this.applicability = applicability;
    }

    public MeteringPlan plan() {
        return plan;
    }

    /** The situation as conditions see it for a report from {@code network}. */
    public static Situation seenFrom(Situation s, Network network) {
        return s.withContext(network.contextFor(s.context()));
    }

    /** The active policy of each service that has one, in service order ({@code s} seen from its network). */
    public List<MeteringPolicy> active(Situation s, Map<String, Long> meters) {
        List<MeteringPolicy> out = new ArrayList<>(plan.services().size());
        for (List<String> service : plan.services()) {
            MeteringPolicy a = activeIn(service, s, meters);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The first applicable primary whose quota is not used up, else the last applicable one
     * (usage beyond the last quota stays with it, and its thresholds keep applying); then the
     * first applicable secondary under it, likewise, all the way down.
     */
    private MeteringPolicy activeIn(List<String> service, Situation s, Map<String, Long> meters) {
        MeteringPolicy last = null;
        for (String name : service) {
            MeteringPolicy p = plan.policies().get(name);
            if (!applicability.holds(p.when(), s)) {
                continue;
            }
            last = p;
            if (used(p, s, meters) < p.quotaMilli()) {
                return descend(p, s, meters);
            }
        }
        return last == null ? null : descend(last, s, meters);
    }

    private MeteringPolicy descend(MeteringPolicy p, Situation s, Map<String, Long> meters) {
        for (String child : plan.secondaries().getOrDefault(p.name(), List.of())) {
            MeteringPolicy c = plan.policies().get(child);
            if (applicability.holds(c.when(), s) && used(c, s, meters) < c.quotaMilli()) {
                return descend(c, s, meters);
            }
        }
        return p;
    }

    /** The rated usage of {@code p} in its current period, milli-octets. */
    public long used(MeteringPolicy p, Situation s, Map<String, Long> meters) {
        // only the rated figure: no PolicyMeter and no other names built per call (it runs per answer)
        return meters.getOrDefault(PolicyMeter.name(p.name(), periodStart(p, s.now(), s), PolicyMeter.RATED), 0L);
    }

    static Instant periodStart(MeteringPolicy p, Instant t, Situation s) {
        return Periods.start(p.reset(), t, s.zone());
    }

    /** The rating factor of the active policy {@code p} for a report in {@code s}: the first line that holds. */
    public RatingFactor factor(MeteringPolicy p, Situation s) {
        for (RatingEntry e : p.rating()) {
            if (applicability.holds(e.when(), s)) {
                return e.factor();
            }
        }
        return RatingFactor.ONE;
    }

    /**
     * What a report of {@code octets} under {@code key} from {@code network} adds: for the active
     * policy of each service metering that key, octets times its rating factor (in milli-octets)
     * to the rated meter of the policy and of every policy above it, and the raw octets to their
     * meter of that network. Empty when no active policy meters the key.
     */
    public Map<String, Long> charge(Situation seen, Network network, String key, long octets,
                                    Map<String, Long> meters) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        if (octets <= 0) {
            return deltas;
        }
        for (MeteringPolicy a : active(seen, meters)) {
            if (!a.monitoringKey().equals(key)) {
                continue;
            }
            long rated = Math.multiplyExact(octets, factor(a, seen).milli());
            for (MeteringPolicy p : plan.chain(a.name())) {
                Instant start = periodStart(p, seen.now(), seen);
                deltas.merge(PolicyMeter.name(p.name(), start, PolicyMeter.RATED), rated, Math::addExact);
                deltas.merge(PolicyMeter.name(p.name(), start, PolicyMeter.field(network)), octets, Math::addExact);
            }
        }
        return deltas;
    }

    /** The thresholds of {@code p} its rated usage has reached, lowest first. */
    public List<MeteringThreshold> crossed(MeteringPolicy p, long usedMilli) {
        List<MeteringThreshold> out = new ArrayList<>(0);
        for (MeteringThreshold t : p.thresholds()) {
            if (usedMilli >= p.levelMilli(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * What metering adds to a decision for a session on {@code network}: the crossed thresholds'
     * actions meant for it, a grant per metered key cut at the next boundary, and the next instant
     * metering changes by itself.
     */
    public MeteringOverlay overlay(Situation seen, Network network, Map<String, Long> meters) {
        if (plan.isEmpty()) {
            return MeteringOverlay.NONE;
        }
        List<Actions> actions = new ArrayList<>();
        Map<String, Long> grants = new LinkedHashMap<>();
        for (MeteringPolicy a : active(seen, meters)) {
            if (!a.then().equals(Actions.NONE)) {
                actions.add(a.then());
            }
            for (MeteringThreshold t : crossed(a, used(a, seen, meters))) {
                if (network.in(t.networks())) {
                    actions.add(t.then());
                }
            }
            grants.merge(a.monitoringKey(), grant(a, seen, meters), Math::min);
        }
        List<UsageGrant> g = new ArrayList<>(grants.size());
        grants.forEach((k, v) -> g.add(UsageGrant.ofTotal(k, v)));
        return new MeteringOverlay(actions, g, nextChange(seen));
    }

    /**
     * The grant for the active policy {@code a}: its grant, cut to the raw octets that bring the
     * rated usage to the next boundary (a threshold above it, its quota, or the quota of a policy
     * above it) at the current rating factor, rounded up so the report reaches the boundary. A
     * factor of 0 counts nothing: the grant is not cut. Beyond every boundary: the grant as written.
     */
    public long grant(MeteringPolicy a, Situation seen, Map<String, Long> meters) {
        long left = Long.MAX_VALUE;
        for (MeteringPolicy p : plan.chain(a.name())) {
            long used = used(p, seen, meters);
            left = Math.min(left, Boundaries.next(p, used, p == a) - used);
        }
        long f = factor(a, seen).milli();
        if (left <= 0 || left == Long.MAX_VALUE || f == 0) {
            return a.grant();
        }
        return Math.min(a.grant(), Math.max(1, ceilDiv(left, f)));
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Thresholds reached by going from {@code before} to {@code after}, per active policy (for notify). */
    public Map<String, List<MeteringThreshold>> newlyCrossed(Situation seen, Map<String, Long> before,
                                                             Map<String, Long> after) {
        Map<String, List<MeteringThreshold>> out = new HashMap<>();
        for (MeteringPolicy a : active(seen, before)) {
            List<MeteringThreshold> now = new ArrayList<>(crossed(a, used(a, seen, after)));
            now.removeAll(crossed(a, used(a, seen, before)));
            if (!now.isEmpty()) {
                out.put(a.name(), now);
            }
        }
        return out;
    }

    /** The next instant metering changes by itself for {@code seen}; see {@link NextChange}. */
    public Optional<Instant> nextChange(Situation seen) {
        KnownChange k = known.get();
        if (k != null && k.holdsAt(seen.now(), seen.zone())) {
            return k.next();
        }
        Optional<Instant> next = NextChange.of(plan, seen);
        known.set(new KnownChange(seen.now(), seen.zone(), next));
        return next;
    }
}
