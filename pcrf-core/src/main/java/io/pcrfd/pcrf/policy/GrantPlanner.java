package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;

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

    static List<UsageGrant> grants(Situation in, PolicyEvent event, Plan plan, PolicyState target) {
        Map<String, UsageGrant> before = in.session().installed().monitoring();
        boolean initial = event.requestType() == CcRequestType.INITIAL;
        List<UsageGrant> out = new ArrayList<>();
        for (UsageGrant wanted : target.monitoring().values()) {
            String key = wanted.key();
            boolean reported = event.usageReports().stream().anyMatch(r -> key.equals(r.monitoringKey()));
            if (initial || reported || !wanted.equals(before.get(key))) {
                out.add(cap(wanted, in.usageOf(key).total(), plan.thresholds(key)));
            }
        }
        return out;
    }

    static List<String> stopped(Situation in, PolicyState target) {
        return in.session().installed().monitoring().keySet().stream()
                .filter(k -> !target.monitoring().containsKey(k)).toList();
    }

    static UsageGrant cap(UsageGrant wanted, long used, SortedSet<Long> thresholds) {
        OptionalLong next = thresholds.tailSet(used + 1).stream().mapToLong(Long::longValue).findFirst();
        if (next.isEmpty()) {
            return wanted;
        }
        long left = next.getAsLong() - used;
        DataSize total = wanted.total() == null ? DataSize.ofBytes(left) : min(wanted.total(), left);
        return new UsageGrant(wanted.key(), total, min(wanted.input(), left), min(wanted.output(), left),
                wanted.time(), wanted.level());
    }

    private static DataSize min(DataSize size, long left) {
        return size == null ? null : DataSize.ofBytes(Math.min(size.bytes(), left));
    }
}
