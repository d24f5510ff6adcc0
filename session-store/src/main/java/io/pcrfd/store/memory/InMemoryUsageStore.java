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
import java.util.function.BiFunction;

/**
 * Usage totals as immutable {@link UsageTotals} replaced inside {@code merge}: a report's four
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
    /** One function for every add (a lambda capturing a report's figures would be one object per add). */
    private final BiFunction<UsageTotals, UsageTotals, UsageTotals> addReport;

    InMemoryUsageStore(Clock clock) {
        this.clock = clock;
        this.addReport = (current, report) -> current.liveAt(clock.millis()) ? current.plus(report) : report;
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

    /**
     * The add itself: the report, as totals with the new expiry, is merged into the entry. A new
     * entry is the report object itself, filed by its expiry; so is one that starts again after
     * it expired unswept (its old queue entry then finds it live and files it again: one spare
     * entry until it expires).
     */
    @Override
    public UsageTotals addNow(UsageKey key, long total, long input, long output, long seconds, long expiresAt) {
        UsageTotals report = new UsageTotals(total, input, output, seconds, expiresAt);
        UsageTotals after = entries.merge(key, report, addReport);
        if (after == report) {
            deadlines.addMillis(key, expiresAt);
        }
        return after;
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
