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
 * <p>Every call completes before it returns, so {@link #immediate()} offers this store itself:
 * a caller on the request path gets the totals without a completed stage per call.
 */
final class InMemoryUsageStore implements UsageStore, UsageStore.Immediate {

    private final Clock clock;
    private final UsageTable table = new UsageTable();
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
