package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The usage totals of the in-memory store in primitive arrays: {@value #SEGMENTS} segments,
 * each its entries dense in one {@code long[]}, an entry a run of {@value UsageSegment#STRIDE}
 * longs (one cache line: the owner as a number, see {@link UsageKeys}; the Monitoring-Key's id in
 * the segment, see {@link MonitoringKeyIds}, with the entry's hash; four figures; the expiry),
 * and an open-addressing index of them (linear probing, backward-shift deletion) in another, a
 * slot the entry's hash tag and number, so a probe compares longs, a miss reads about one line of
 * the index, an add to a held key the index line and the entry's, and a new key is appended
 * (see {@link UsageSegment}). An entry is no object at all and holds no reference: nothing per
 * entry for the garbage collector to copy while young, promote, or trace, and an add to a known
 * key writes only primitives. Only an owner that is no number is stored as a reference, in a
 * side array of the segment that exists once such an owner was added.
 *
 * <p>Thread safety: each segment's arrays are read and written only under that segment's
 * monitor, so an add's four figures and expiry change together, a read copies them as one
 * {@link UsageTotals}, and a sweep or reset never races an add. A key always hashes to the
 * same segment.
 *
 * <p>Expiry is by a scan of the entries of each segment in turn ({@link #sweep}, every
 * sweep interval, 10 s by default), each segment's lock held for its own part only (about
 * 1/{@value #SEGMENTS} of the scan); a deadline queue would cost an object per entry, which is
 * what this table avoids.
 *
 * <p>Bound: the table holds at most {@code maxEntries} entries, each segment its share (an
 * equal part, the remainder one more each for the first segments); a new key in a full segment
 * evicts the entry of that segment updated about longest ago ({@link UsageSegment} says how and
 * what it costs). A key's segment is fixed by its hash, so a segment may fill while others have
 * room: the table then holds a little less than the bound, not more.
 */
final class UsageTable {
    static final int SEGMENTS = 64;

    private final UsageSegment[] segments = new UsageSegment[SEGMENTS];

    /** A table of at most {@link InMemoryStoreOptions#DEFAULT_USAGE_MAX_ENTRIES} entries. */
    UsageTable() {
        this(InMemoryStoreOptions.DEFAULT_USAGE_MAX_ENTRIES);
    }

    /** A table of at most {@code maxEntries} entries (at least {@value #SEGMENTS}). */
    UsageTable(int maxEntries) {
        this(maxEntries, long[]::new);
    }

    /** The same, its segments allocating their {@code long[]}s through {@code arrays} (a test's may throw). */
    UsageTable(int maxEntries, IntFunction<long[]> arrays) {
        if (maxEntries < SEGMENTS) {
            throw new IllegalArgumentException("usageMaxEntries must be at least " + SEGMENTS + ": " + maxEntries);
        }
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new UsageSegment(share(maxEntries, i), arrays);
        }
    }

    /** Segment {@code i}'s part of {@code maxEntries}: the parts add up to it. */
    static int share(int maxEntries, int i) {
        return maxEntries / SEGMENTS + (i < maxEntries % SEGMENTS ? 1 : 0);
    }

    /** As {@link io.pcrfd.store.UsageStore#add}, at {@code now} (epoch ms). */
    UsageTotals add(UsageKey key, long now, long total, long input, long output, long seconds, long expiresAt) {
        long owner = ownerWord(key.owner());
        int hash = hash(owner, key.owner(), key.monitoringKey());
        return segmentOf(hash).add(owner, key, hash, now, total, input, output, seconds, expiresAt);
    }

    UsageTotals get(UsageKey key, long now) {
        long owner = ownerWord(key.owner());
        int hash = hash(owner, key.owner(), key.monitoringKey());
        return segmentOf(hash).get(owner, key, hash, now);
    }

    /** Removes the entry; returns what it held when live at {@code now}, else NONE. */
    UsageTotals remove(UsageKey key, long now) {
        long owner = ownerWord(key.owner());
        int hash = hash(owner, key.owner(), key.monitoringKey());
        return segmentOf(hash).remove(owner, key, hash, now);
    }

    /** Puts {@code totals} as the entry of {@code key}, in place of any (a snapshot being loaded). */
    void put(UsageKey key, UsageTotals totals) {
        long owner = ownerWord(key.owner());
        int hash = hash(owner, key.owner(), key.monitoringKey());
        segmentOf(hash).put(owner, key, hash, totals);
    }

    /** Removes the entries expired at {@code now}; returns how many. */
    int sweep(long now) {
        int removed = 0;
        for (UsageSegment s : segments) {
            removed += s.sweep(now);
        }
        return removed;
    }

    /** Adds the entries live at {@code now}, in their snapshot form, to {@code out}. */
    void live(long now, List<UsageEntry> out) {
        for (UsageSegment s : segments) {
            s.live(now, out);
        }
    }

    /** Entries held, expired ones not swept yet included. */
    int size() {
        int n = 0;
        for (UsageSegment s : segments) {
            n += s.size();
        }
        return n;
    }

    /** Entries evicted at the bound since the table was made. */
    long evictions() {
        long n = 0;
        for (UsageSegment s : segments) {
            n += s.evictions();
        }
        return n;
    }

    /** The owner as its number, or as {@link UsageSegment#textOwner} when it is none. */
    static long ownerWord(String owner) {
        long packed = UsageKeys.packedOwner(owner);
        return packed != 0 ? packed : UsageSegment.textOwner(owner);
    }

    /** Monitoring-Key ids held, summed over the segments (each numbers the keys of its own entries). */
    int keyIds() {
        int n = 0;
        for (UsageSegment s : segments) {
            n += s.keyIds();
        }
        return n;
    }

    private UsageSegment segmentOf(int hash) {
        return segments[hash >>> 26];
    }

    /** The segment of {@code key} (for tests: each segment has its own bound and hand). */
    int segmentOf(UsageKey key) {
        return hash(ownerWord(key.owner()), key.owner(), key.monitoringKey()) >>> 26;
    }

    /**
     * A 64-bit mix (MurmurHash3's finaliser) of the owner (its number, or its text's hash when it
     * is none: {@code owner} negative) and the Monitoring-Key's hash. Its top bits choose the segment,
     * its low bits the slot.
     */
    static int hash(long owner, String ownerText, String monitoringKey) {
        long z = owner > 0 ? owner : ownerText.hashCode();
        z ^= (long) monitoringKey.hashCode() << 32;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (z ^ (z >>> 33));
    }
}
