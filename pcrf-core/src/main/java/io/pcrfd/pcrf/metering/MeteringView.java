package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.MeteringThreshold;
import io.pcrfd.pcrf.policy.Situation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the REST usage view shows of each metering policy for one subscriber. */
public final class MeteringView {
    private MeteringView() {
    }

    /**
     * One metering policy for one subscriber, in its current period.
     *
     * @param name        the policy's name
     * @param primary     the policy it inherits from, or null
     * @param active      whether it is the active policy of its service now
     * @param quota       octets of rated usage per period
     * @param ratedOctets rated usage, octets (rounded down from the exact milli-octets)
     * @param fixed       octets reported by the fixed network
     * @param mobile      octets reported by the mobile network
     * @param crossed     the thresholds reached, each as its level and networks
     *                    ({@code 80% both}, {@code 5000000000B mobile})
     * @param periodStart the start of the current period (ISO-8601, UTC)
     * @param nextReset   the next reset (ISO-8601, UTC); null when it never resets by itself
     */
    public record PolicyView(String name, String primary, boolean active, long quota, long ratedOctets, long fixed,
                             long mobile, List<String> crossed, String periodStart, String nextReset) {
    }

    private static String describe(MeteringThreshold t) {
        return t.at() + " " + t.networks().name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<PolicyView> of(Metering m, Situation seen, Map<String, Long> meters) {
        Set<String> active = new HashSet<>();
        m.active(seen, meters).forEach(p -> active.add(p.name()));
        List<PolicyView> out = new ArrayList<>();
        for (MeteringPolicy p : m.plan().policies().values()) {
            Instant start = Periods.start(p.reset(), seen.now(), seen.zone());
            PolicyMeter used = PolicyMeter.read(meters, p.name(), start);
            List<String> crossed = m.crossed(p, used.ratedMilli()).stream().map(MeteringView::describe).toList();
            Instant next = Periods.next(p.reset(), seen.now(), seen.zone());
            out.add(new PolicyView(p.name(), p.primary(), active.contains(p.name()), p.quota(), used.ratedOctets(),
                    used.fixed(), used.mobile(), crossed, start.toString(), next == null ? null : next.toString()));
        }
        return out;
    }
}
