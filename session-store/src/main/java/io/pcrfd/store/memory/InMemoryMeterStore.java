package io.pcrfd.store.memory;

import io.pcrfd.store.MeterStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters as immutable {@link MeterEntry} records replaced inside {@code compute}: a batch and its
 * duplicate check are one step per subscriber, so concurrent adds lose nothing and a
 * retransmitted report counts once. Expiry by a {@link DeadlineQueue}, as for counters.
 */
final class InMemoryMeterStore implements MeterStore {

    private final Clock clock;
    private final ConcurrentHashMap<String, MeterEntry> meters = new ConcurrentHashMap<>();
    private final DeadlineQueue<String> deadlines = new DeadlineQueue<>();

    InMemoryMeterStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Applied> add(String subscriber, String reportId, Map<String, Long> deltas,
                                        Instant expiresAt) {
        return Completions.now(() -> {
            Instant now = clock.instant();
            boolean[] applied = {false};
            MeterEntry e = meters.compute(subscriber, (k, cur) -> {
                MeterEntry live = live(cur, now);
                if (live != null && !reportId.isEmpty() && live.seen().contains(reportId)) {
                    return cur;
                }
                applied[0] = true;
                if (cur == null) {
                    deadlines.add(k, expiresAt);
                }
                return next(k, live, reportId, deltas, expiresAt);
            });
            return new Applied(applied[0], e.meters());
        });
    }

    @Override
    public CompletionStage<Map<String, Long>> get(String subscriber) {
        return Completions.now(() -> {
            MeterEntry e = live(meters.get(subscriber), clock.instant());
            return e == null ? Map.of() : e.meters();
        });
    }

    @Override
    public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
        return Completions.now(() -> {
            int[] removed = {0};
            Instant now = clock.instant();
            meters.computeIfPresent(subscriber, (k, cur) -> {
                MeterEntry live = live(cur, now);
                if (live == null) {
                    return null;
                }
                Map<String, Long> kept = new HashMap<>(live.meters());
                kept.keySet().removeIf(n -> n.startsWith(namePrefix));
                removed[0] = live.meters().size() - kept.size();
                return new MeterEntry(k, kept, live.seen(), live.expiresAt());
            });
            return removed[0];
        });
    }

    private static MeterEntry next(String subscriber, MeterEntry cur, String reportId, Map<String, Long> deltas,
                                   Instant expiresAt) {
        Map<String, Long> values = new HashMap<>(cur == null ? Map.of() : cur.meters());
        deltas.forEach((name, d) -> values.merge(name, d, Math::addExact));
        List<String> seen = new ArrayList<>(cur == null ? List.of() : cur.seen());
        if (!reportId.isEmpty()) {
            seen.add(reportId);
            if (seen.size() > SEEN_REPORTS) {
                seen.subList(0, seen.size() - SEEN_REPORTS).clear();
            }
        }
        return new MeterEntry(subscriber, values, seen, expiresAt);
    }

    private static MeterEntry live(MeterEntry e, Instant now) {
        return e == null || !e.expiresAt().isAfter(now) ? null : e;
    }

    int sweep() {
        Instant now = clock.instant();
        int before = meters.size();
        deadlines.drain(now, key -> {
            MeterEntry live = meters.computeIfPresent(key, (k, c) -> c.expiresAt().isAfter(now) ? c : null);
            return live == null ? null : live.expiresAt();
        });
        return before - meters.size();
    }

    Collection<MeterEntry> all() {
        Instant now = clock.instant();
        return meters.values().stream().filter(e -> e.expiresAt().isAfter(now)).toList();
    }

    void restore(MeterEntry e) {
        if (meters.put(e.subscriber(), e) == null) {
            deadlines.add(e.subscriber(), e.expiresAt());
        }
    }
}
