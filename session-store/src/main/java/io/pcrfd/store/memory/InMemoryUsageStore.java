package io.pcrfd.store.memory;

import io.pcrfd.store.UsageStore;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Usage totals in a {@link UsageTable}: primitive arrays, the figures of a key changed in place.
 * Why not a map of immutable totals (what this store was): the entries live for the retention
 * (31 days by default, one per subscriber and Monitoring-Key), so they end in the old
 * generation, and replacing a totals object on each add stored a young object into an old map
 * node, a card the next young collection had to scan, and an object that was copied between
 * survivor spaces and promoted only to become garbage at the next add. A new entry was four
 * objects (map node, key, owner string, totals) copied the same way until promoted. In the
 * table an entry is no object but one cache line of a {@code long[]}: an add reads an index line
 * and writes the entry's line only, a new key the next line of its segment.
 *
 * <p>Bounded: at most {@code maxEntries} entries ({@code usageMaxEntries}); a new key past it
 * evicts the totals updated about longest ago, whose owner's next report then starts from zero
 * (see {@link UsageSegment}). The evictions are counted for the sweep's log line and the node's
 * metric.
 *
 * <p>Every call completes before it returns, so {@link #immediate()} offers this store itself:
 * a caller on the request path gets the totals without a completed stage per call.
 */
final class InMemoryUsageStore implements UsageStore, UsageStore.Immediate {

    private final Clock clock;
    private final UsageTable table;
    private final Optional<Immediate> immediate = Optional.of(this);
    /** What {@link #takeEvicted()} has taken of the evictions. */
    private final SinceLastTake evictionsTaken = new SinceLastTake();

    InMemoryUsageStore(Clock clock) {
        this(clock, InMemoryStoreOptions.DEFAULT_USAGE_MAX_ENTRIES);
    }

    InMemoryUsageStore(Clock clock, int maxEntries) {
        this.clock = clock;
        this.table = new UsageTable(maxEntries);
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
        return Completions.now(() -> table.remove(key, clock.millis()));
    }

    @Override
    public UsageTotals getNow(UsageKey key) {
        return table.get(key, clock.millis());
    }

    @Override
    public UsageTotals addNow(UsageKey key, long total, long input, long output, long seconds, long expiresAt) {
        return table.add(key, clock.millis(), total, input, output, seconds, expiresAt);
    }

    int sweep() {
        return table.sweep(clock.millis());
    }

    /** Entries held, expired ones not swept yet included. */
    int size() {
        return table.size();
    }

    /** Entries evicted at the bound since the store opened. */
    long evictions() {
        return table.evictions();
    }

    /** Entries evicted since the last call (for the sweep's one log line). */
    long takeEvicted() {
        return evictionsTaken.take(table.evictions());
    }

    /** The live entries in their snapshot form. */
    List<UsageEntry> all() {
        List<UsageEntry> out = new ArrayList<>();
        table.live(clock.millis(), out);
        return out;
    }

    void restore(UsageEntry e) {
        table.put(e.key(), e.totals());
    }
}
