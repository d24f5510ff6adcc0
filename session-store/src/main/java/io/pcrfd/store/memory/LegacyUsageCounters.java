package io.pcrfd.store.memory;

import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the usage of a snapshot written before usage totals had entries of their own: the
 * running usage of a Monitoring-Key was then four counters of scope
 * {@link CounterScope#MONITORING_KEY}, named after the key (CC-Total-Octets) and
 * {@code key/input}, {@code key/output}, {@code key/time}. They are folded into one
 * {@link UsageEntry} per owner and key, expiring with the latest of them; counters of other
 * scopes are kept as counters.
 *
 * <p>A name ending in one of the suffixes is a field of the key before the suffix when that key
 * has a counter of its own (the writer always wrote all four together); otherwise it is a key
 * of its own (a Monitoring-Key may contain {@code /}).
 */
final class LegacyUsageCounters {
    private static final String[] SUFFIXES = {"", "/input", "/output", "/time"};
    private static final int EXPIRY = SUFFIXES.length;

    /** The counters to keep as counters and the usage entries folded from the others. */
    record Folded(List<CounterEntry> counters, List<UsageEntry> usage) {
    }

    private LegacyUsageCounters() {
    }

    static Folded fold(List<CounterEntry> counters) {
        Set<CounterKey> present = new HashSet<>();
        counters.forEach(c -> present.add(c.key()));
        List<CounterEntry> kept = new ArrayList<>();
        Map<UsageKey, long[]> groups = new LinkedHashMap<>();
        for (CounterEntry c : counters) {
            if (c.key().scope() != CounterScope.MONITORING_KEY) {
                kept.add(c);
                continue;
            }
            int field = fieldOf(c.key(), present);
            String name = c.key().name();
            String key = name.substring(0, name.length() - SUFFIXES[field].length());
            long[] g = groups.computeIfAbsent(new UsageKey(c.key().owner(), key), k -> new long[EXPIRY + 1]);
            g[field] = Math.addExact(g[field], c.value());
            g[EXPIRY] = Math.max(g[EXPIRY], c.expiresAt().toEpochMilli());
        }
        List<UsageEntry> usage = new ArrayList<>(groups.size());
        groups.forEach((k, g) -> usage.add(new UsageEntry(k, new UsageTotals(g[0], g[1], g[2], g[3], g[EXPIRY]))));
        return new Folded(kept, usage);
    }

    /** Which of the four totals the counter {@code k} held (an index into {@link #SUFFIXES}). */
    private static int fieldOf(CounterKey k, Set<CounterKey> present) {
        for (int f = 1; f < SUFFIXES.length; f++) {
            if (k.name().endsWith(SUFFIXES[f])) {
                String base = k.name().substring(0, k.name().length() - SUFFIXES[f].length());
                return present.contains(new CounterKey(k.scope(), k.owner(), base)) ? f : 0;
            }
        }
        return 0;
    }
}
