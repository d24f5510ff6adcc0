package io.pcrfd.store.memory;

import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Usage totals as immutable {@link UsageTotals} replaced inside {@code compute}: a report's four
 * figures and the new expiry are one step per key, so concurrent adds lose nothing. The map
 * holds one node, one {@link UsageKey} and one totals object per entry; a read returns the stored
 * object itself. Expiry is an epoch-ms long compared with {@link Clock#millis()} (no time object
 * per call) and filed in a {@link DeadlineQueue} when the entry is created, as for counters.
 *
 * <p>Every call completes before it returns, so {@link #immediate()} offers this store itself:
 * a caller on the request path gets the totals without a completed stage per call.
 */
final class InMemoryUsageStore implements UsageStore, UsageStore.Immediate {

    private final Clock clock;
    private final ConcurrentHashMap<UsageKey, UsageTotals> entries = new ConcurrentHashMap<>();
    private final DeadlineQueue<UsageKey> deadlines = new DeadlineQueue<>();
    private final Optional<Immediate> immediate = Optional.of(this);

    InMemoryUsageStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Immediate> immediate() {
        return immediate;
    }

    @Override
    public CompletionStage<UsageTotals> add(UsageKey key, long totalOctets, long inputOctets, long outputOctets,
                                            long seconds, long expiresAtMillis) {
        return Completions.now(() -> addNow(key, totalOctets, inputOctets, outputOctets, seconds, expiresAtMillis));
    }

    @Override
    public CompletionStage<UsageTotals> get(UsageKey key) {
        return Completions.now(() -> getNow(key));
    }

    @Override
    public CompletionStage<UsageTotals> reset(UsageKey key) {
        return Completions.now(() -> liveOrNone(entries.remove(key), clock.millis()));
    }

    @Override
    public UsageTotals getNow(UsageKey key) {
        return liveOrNone(entries.get(key), clock.millis());
    }

    /** The add itself; an expired entry not swept yet starts again from zero. */
    @Override
    public UsageTotals addNow(UsageKey key, long total, long input, long output, long seconds, long expiresAt) {
        long now = clock.millis();
        return entries.compute(key, (k, cur) -> {
            if (cur == null) {
                deadlines.addMillis(k, expiresAt);
            }
            // an expired entry not swept yet is still filed: its queue entry finds the new deadline
            return liveOrNone(cur, now).plus(total, input, output, seconds, expiresAt);
        });
    }

    int sweep() {
        long now = clock.millis();
        int before = entries.size();
        deadlines.drainMillis(now, key -> {
            UsageTotals live = entries.computeIfPresent(key, (k, t) -> t.liveAt(now) ? t : null);
            return live == null ? DeadlineQueue.GONE : live.expiresAtMillis();
        });
        return before - entries.size();
    }

    /** The live entries in their snapshot form. */
    List<UsageEntry> all() {
        long now = clock.millis();
        List<UsageEntry> out = new ArrayList<>();
        for (Map.Entry<UsageKey, UsageTotals> e : entries.entrySet()) {
            if (e.getValue().liveAt(now)) {
                out.add(new UsageEntry(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    void restore(UsageEntry e) {
        if (entries.put(e.key(), e.totals()) == null) {
            deadlines.addMillis(e.key(), e.totals().expiresAtMillis());
        }
    }

    private static UsageTotals liveOrNone(UsageTotals t, long now) {
        return t == null || !t.liveAt(now) ? UsageTotals.NONE : t;
    }
}
