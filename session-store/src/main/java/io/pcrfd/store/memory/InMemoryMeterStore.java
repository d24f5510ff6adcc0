package io.pcrfd.store.memory;

import io.pcrfd.store.MeterStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters as {@link MeterRecord}s changed inside {@code compute}: a batch and its duplicate check
 * are one step per subscriber, so concurrent adds lose nothing and a retransmitted report counts
 * once. The duplicate check is a hash lookup in the record's {@link SeenReports}, changed in
 * place; nothing proportional to the ids kept is copied per report. Expiry by a
 * {@link DeadlineQueue}, as for counters.
 */
final class InMemoryMeterStore implements MeterStore {

    private final Clock clock;
    private final ConcurrentHashMap<String, MeterRecord> meters = new ConcurrentHashMap<>();
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
            // the meters as this batch left them, read inside compute: a later batch may change the record
            MeterRecord.Values[] after = new MeterRecord.Values[1];
            meters.compute(subscriber, (k, cur) -> {
                MeterRecord live = cur != null && cur.live(now) ? cur : null;
                if (live != null && !reportId.isEmpty() && live.seen(reportId)) {
                    after[0] = live.values();
                    return cur;
                }
                applied[0] = true;
                if (cur == null) {
                    deadlines.add(k, expiresAt);
                }
                MeterRecord next = live != null ? live : MeterRecord.empty(k, expiresAt);
                next.add(reportId, deltas, expiresAt);
                after[0] = next.values();
                return next;
            });
            return new Applied(applied[0], after[0].meters());
        });
    }

    @Override
    public CompletionStage<Map<String, Long>> get(String subscriber) {
        return Completions.now(() -> {
            MeterRecord r = meters.get(subscriber);
            MeterRecord.Values v = r == null ? null : r.values();
            return v == null || !v.expiresAt().isAfter(clock.instant()) ? Map.of() : v.meters();
        });
    }

    @Override
    public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
        return Completions.now(() -> {
            int[] removed = {0};
            Instant now = clock.instant();
            meters.computeIfPresent(subscriber, (k, cur) -> {
                if (!cur.live(now)) {
                    return null;
                }
                removed[0] = cur.reset(namePrefix);
                return cur;
            });
            return removed[0];
        });
    }

    int sweep() {
        Instant now = clock.instant();
        int before = meters.size();
        deadlines.drain(now, key -> {
            MeterRecord live = meters.computeIfPresent(key, (k, c) -> c.live(now) ? c : null);
            return live == null ? null : live.values().expiresAt();
        });
        return before - meters.size();
    }

    /** The live records in their snapshot form, each read inside compute (the seen ids change in place). */
    Collection<MeterEntry> all() {
        Instant now = clock.instant();
        List<MeterEntry> out = new ArrayList<>();
        for (String key : meters.keySet()) {
            meters.computeIfPresent(key, (k, c) -> {
                if (c.live(now)) {
                    out.add(c.entry());
                }
                return c;
            });
        }
        return out;
    }

    void restore(MeterEntry e) {
        if (meters.put(e.subscriber(), MeterRecord.of(e)) == null) {
            deadlines.add(e.subscriber(), e.expiresAt());
        }
    }
}
