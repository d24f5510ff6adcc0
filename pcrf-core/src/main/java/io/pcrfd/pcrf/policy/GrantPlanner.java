package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Decides which usage grants to send and how large. A grant is sent for a Monitoring-Key on
 * CCR-I, when the PCEF reported that key in this request (the old grant is used up, TS 29.212
 * §4.5.16), when the key is newly monitored, or when the plan now wants a different grant.
 * Otherwise the PCEF still holds a valid grant and nothing is sent.
 *
 * <p>Capping: the plan's usage conditions on a key define thresholds (their {@code atLeast}
 * and {@code below} values). A grant never reaches past the next threshold above the running
 * total: CC-Total-Octets becomes {@code min(wanted, next - total)}, and also is set to that
 * remainder when the plan granted only time, so the PCEF reports exactly when the threshold is
 * crossed and the plan's next state applies in the answer to that report. CC-Input-Octets and
 * CC-Output-Octets are capped to the same remainder because either alone could reach it.
 * Beyond the last threshold the grant is sent as written.
 */
final class GrantPlanner {
    private GrantPlanner() {
    }

    /** @param thresholds the plan's thresholds of a Monitoring-Key ({@link Plan#thresholds}) */
    static List<UsageGrant> grants(Situation in, PolicyEvent event, Function<String, SortedSet<Long>> thresholds,
                                   PolicyState target) {
        Map<String, UsageGrant> before = in.session().installed().monitoring();
        boolean initial = event.requestType() == CcRequestType.INITIAL;
        List<UsageGrant> out = List.of();
        for (UsageGrant wanted : target.monitoring().values()) {
            String key = wanted.key();
            if (initial || reported(event, key) || !wanted.equals(before.get(key))) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(target.monitoring().size());
                }
                out.add(cap(wanted, in.usageOf(key).total(), thresholds.apply(key)));
            }
        }
        return out;
    }

    private static boolean reported(PolicyEvent event, String key) {
        for (UsageReport r : event.usageReports()) {
            if (key.equals(r.monitoringKey())) {
                return true;
            }
        }
        return false;
    }

    static List<String> stopped(Situation in, PolicyState target) {
        List<String> out = List.of();
        for (String k : in.session().installed().monitoring().keySet()) {
            if (!target.monitoring().containsKey(k)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(k);
            }
        }
        return out;
    }

    static UsageGrant cap(UsageGrant wanted, long used, SortedSet<Long> thresholds) {
        Long next = next(thresholds, used);
        if (next == null) {
            return wanted;
        }
        long left = next - used;
        DataSize total = wanted.total() == null ? DataSize.ofBytes(left) : min(wanted.total(), left);
        return new UsageGrant(wanted.key(), total, min(wanted.input(), left), min(wanted.output(), left),
                wanted.time(), wanted.level());
    }

    /** The first threshold above {@code used}, or null; without a view of the set when it is navigable (the memo's). */
    private static Long next(SortedSet<Long> thresholds, long used) {
        if (thresholds.isEmpty()) {
            return null;
        }
        if (thresholds instanceof NavigableSet<Long> n) {
            return n.higher(used);
        }
        SortedSet<Long> above = thresholds.tailSet(used + 1);
        return above.isEmpty() ? null : above.first();
    }

    private static DataSize min(DataSize size, long left) {
        return size == null ? null : DataSize.ofBytes(Math.min(size.bytes(), left));
    }
}
