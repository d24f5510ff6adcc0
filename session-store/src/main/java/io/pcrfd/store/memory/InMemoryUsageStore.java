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
 * Usage totals in one {@link UsageCell} per key, changed in place: an add to a key that exists
 * finds its cell with a plain map read and adds under the cell's own monitor, so it allocates
 * nothing the store keeps and writes no reference into the map. Why it matters: the map lives
 * for the daemon's life (one entry per subscriber and Monitoring-Key, kept for the retention),
 * so its nodes are in the old generation; replacing an immutable totals object on each add
 * (what this store did) stored a young object into an old node, a card the next young
 * collection had to scan, and the object itself was copied and promoted only to become
 * garbage at the next add. Only a new key writes into the map (its node), and is filed by its
 * expiry in a {@link DeadlineQueue}, as for counters. A cell that expired unswept starts again
 * from the report; its queue entry, still filed, then finds it live and files it again.
 *
 * <p>A cell leaves the map in two steps, both safe under concurrent adds: it is marked removed
 * under its monitor (an add finds it so and goes back to the map), then taken out of the map
 * with {@code remove(key, cell)}, which any caller that finds it marked may do, so no caller
 * waits for another. A read returns a fresh {@link UsageTotals} copied under the monitor.
 *
 * <p>Keys are kept in the compact form of {@link UsageKeys}: an owner of digits (an IMSI or
 * MSISDN) as a number rather than a string of its own.
 *
 * <p>The map is not presized: its resizes cost in proportion to its final size however it
 * starts (each doubling moves every entry once), and only a size given for the expected number
 * of subscribers and keys would avoid the large ones.
 *
 * <p>Every call completes before it returns, so {@link #immediate()} offers this store itself:
 * a caller on the request path gets the totals without a completed stage per call.
 */
final class InMemoryUsageStore implements UsageStore, UsageStore.Immediate {
    private final Clock clock;
    private final ConcurrentHashMap<Object, UsageCell> entries = new ConcurrentHashMap<>();
    private final DeadlineQueue<Object> deadlines = new DeadlineQueue<>();
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
        return Completions.now(() -> resetNow(key));
    }

    @Override
    public UsageTotals getNow(UsageKey key) {
        UsageCell cell = entries.get(UsageKeys.of(key));
        return cell == null ? UsageTotals.NONE : cell.read(clock.millis());
    }

    /**
     * The add itself: into the key's cell, or as a new cell filed by its expiry. A cell found
     * removed (a sweep or reset between its two steps) is taken out of the map here and the add
     * tried again.
     */
    @Override
    public UsageTotals addNow(UsageKey usageKey, long total, long input, long output, long seconds,
                              long expiresAt) {
        Object key = UsageKeys.of(usageKey);
        long now = clock.millis();
        while (true) {
            UsageCell cell = entries.get(key);
            if (cell == null) {
                cell = entries.putIfAbsent(key, new UsageCell(total, input, output, seconds, expiresAt));
                if (cell == null) {
                    deadlines.addMillis(key, expiresAt);
                    return new UsageTotals(total, input, output, seconds, expiresAt);
                }
            }
            UsageTotals after = cell.add(now, total, input, output, seconds, expiresAt);
            if (after != null) {
                return after;
            }
            entries.remove(key, cell);
        }
    }

    private UsageTotals resetNow(UsageKey usageKey) {
        Object key = UsageKeys.of(usageKey);
        long now = clock.millis();
        while (true) {
            UsageCell cell = entries.get(key);
            if (cell == null) {
                return UsageTotals.NONE;
            }
            UsageTotals held = cell.remove(now);
            entries.remove(key, cell);
            if (held != null) {
                return held;
            }
        }
    }

    int sweep() {
        long now = clock.millis();
        int before = entries.size();
        deadlines.drainMillis(now, key -> {
            UsageCell cell = entries.get(key);
            if (cell == null) {
                return DeadlineQueue.GONE;
            }
            long expiry = cell.expireIfDue(now);
            if (expiry == DeadlineQueue.GONE) {
                entries.remove(key, cell);
            }
            return expiry;
        });
        return before - entries.size();
    }

    /** The live entries in their snapshot form. */
    List<UsageEntry> all() {
        long now = clock.millis();
        List<UsageEntry> out = new ArrayList<>();
        for (Map.Entry<Object, UsageCell> e : entries.entrySet()) {
            UsageTotals t = e.getValue().read(now);
            if (t != UsageTotals.NONE) {
                out.add(new UsageEntry(UsageKeys.expand(e.getKey()), t));
            }
        }
        return out;
    }

    void restore(UsageEntry e) {
        Object key = UsageKeys.of(e.key());
        if (entries.put(key, UsageCell.of(e.totals())) == null) {
            deadlines.addMillis(key, e.totals().expiresAtMillis());
        }
    }
}
