package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One segment of a {@link UsageTable}, every method under this segment's monitor: the entries,
 * dense in one {@code long[]}, and an open-addressing index of them (linear probing) in another.
 * Entry {@code e} is the run of {@value #STRIDE} longs of {@code entries} from
 * {@code LEAD + STRIDE * e} (64 bytes, the size of a cache line); entries 0 to size - 1 are held:
 * <pre>
 *  word 0   owner: its number ({@link UsageKeys}, &gt; 0), or for an owner that is no number
 *           Long.MIN_VALUE | its text's hash code, the text in ownerTexts[e]
 *  word 1   Monitoring-Key id ({@link MonitoringKeyIds}, &gt;= 1) &lt;&lt; 32 | the entry's 32-bit hash
 *  word 2-5 CC-Total-Octets, CC-Input-Octets, CC-Output-Octets, CC-Time, summed
 *  word 6   expiry (epoch ms)
 *  word 7   unused (pads the entry to a line)
 * </pre>
 * An index slot is 0 when free, else the entry's tag &lt;&lt; 32 | its number, the tag being its
 * hash with bit {@value #SLOT_BITS} set (never 0; the bits that choose the slot are the hash's).
 *
 * <p>Why this shape (the costs are cache and TLB misses: at 2 million entries the arrays hold
 * 160 MB): a probe walks index slots, 8 to a cache line, and reads an entry's line only where the
 * tag is the key's, which among a segment's 2^26 tags is almost always the key itself. So a probe
 * for a key the table does not hold (a fresh subscriber's read or first report) touches one index
 * line, rarely two, where probing lines of entries in place cost one line per entry passed,
 * (1 + 1 / (1 - a)^2) / 2 of them at load a. A new entry is appended: its line is the one after
 * the segment's last insert, on a page the TLB mostly holds already and often fetched with its
 * neighbour, where an entry in its probed place was a line anywhere. A hit reads the index line
 * and then the entry's (one line after the other: the price of the above, where an entry in its
 * probed place was mostly found on the first line read); an add to the key it finds changes words 2 to 6 of that line. A removal
 * moves the last entry into the freed place (one slot's number rewritten) and shifts later slots
 * of the index's run back (no tombstones); a sweep reads the entries in order, a sequential scan.
 * Linear probing over Robin Hood: with the index at most half full a miss already ends within
 * about one line, and Robin Hood's displacements would only add work to each insert.
 *
 * <p>Sizes: a segment has room for 2^k - 1 entries, and {@code LEAD} words come before entry
 * 0, so {@code entries} is exactly 64 * 2^k bytes with its 16-byte header and each entry starts
 * a cache line when the array does; the index has twice as many slots as the room (at most half
 * full), 2^(k+1) - 2, exactly 16 * 2^k bytes. This is for G1 (the default collector): an array
 * of more than half a region gets regions of its own from a region's start, and a power of two of
 * lines plus the header would take one more region, mostly empty. Both double when the entries
 * fill their room, so per entry a segment holds 80 bytes of arrays divided by how full its room
 * is (half to all). A probe starts at the slot its tag's low {@value #SLOT_BITS} bits scale to (a
 * multiply, as the count of slots is no power of two) and wraps at the end.
 *
 * <p>{@code ownerTexts} (by entry) exists only once an owner that is no number was added.
 *
 * <p>The bound: a segment holds at most {@code bound} entries (its share of
 * {@code usageMaxEntries}). A new key at the bound takes the place of about the least recently
 * updated entry (the smallest expiry, an entry's expiry being its last update plus the
 * retention): a hand walks the dense entries in order and each eviction takes the smallest expiry
 * of the {@value #WINDOW} entries from the hand on (an expired one at once), then moves the hand by
 * one. Why not exact LRU, what it costs per insert and what an evicted owner loses: session-store's
 * README, "In-memory". Evictions are counted ({@link #evictions()}) for the store's log line and
 * the node's metric.
 *
 * <p>Failure: {@link #grow()} allocates the new arrays before it changes a field, and every
 * allocation of an insert comes before its first change, so an {@link OutOfMemoryError} (or any
 * throwable) while a segment grows leaves it as it was: the insert fails, the segment serves on.
 */
final class UsageSegment {
    static final int STRIDE = 8;
    private static final int OWNER = 0;
    private static final int KEY = 1;
    private static final int FIGURES = 2;
    private static final int EXPIRY = 6;
    private static final int LEAD = 6;
    /** Room for entries of a new segment; a segment doubles to {@code 2 * (room + 1) - 1}. */
    private static final int INITIAL_ROOM = 15;
    /** The low hash bits a slot is chosen by (the top six choose the segment). */
    static final int SLOT_BITS = 26;
    private static final long NUMBER = 0xffffffffL;
    /** How many entries an eviction compares, from the hand on. */
    static final int WINDOW = 16;

    private final MonitoringKeyIds ids = new MonitoringKeyIds();
    /** By slot: the entry's tag &lt;&lt; 32 | its number; 0: the slot is free. */
    private long[] index;
    /** Entry {@code e} is the line from {@code LEAD + STRIDE * e}; entries 0 to size - 1 are held. */
    private long[] entries;
    private String[] ownerTexts;
    private int room;
    private int size;
    /** At most this many entries; a new key past it evicts one. */
    private final int bound;
    /** Where the next eviction starts comparing (an entry's number; 0 again when past the last). */
    private int hand;
    private long evicted;
    /** Allocates the {@code long[]}s: {@code long[]::new}, or a test's, which may throw. */
    private final IntFunction<long[]> arrays;

    /** A segment without a bound of its own (a test's). */
    UsageSegment() {
        this(Integer.MAX_VALUE, long[]::new);
    }

    /** A segment of at most {@code bound} entries (at least 1), allocating through {@code arrays}. */
    UsageSegment(int bound, IntFunction<long[]> arrays) {
        if (bound < 1) {
            throw new IllegalArgumentException("a usage segment's bound must be at least 1: " + bound);
        }
        this.bound = bound;
        this.arrays = arrays;
        index = arrays.apply(2 * INITIAL_ROOM);
        entries = arrays.apply(LEAD + STRIDE * INITIAL_ROOM);
        room = INITIAL_ROOM;
    }

    /**
     * Adds one report to the live totals of the key, or in place of expired ones, or as a new
     * entry; the expiry becomes {@code expires}. Returns the totals after the add.
     *
     * @throws ArithmeticException when a total would overflow; nothing is changed then
     */
    synchronized UsageTotals add(long owner, UsageKey key, int hash, long now, long t, long in, long out, long s,
                                 long expires) {
        int id = ids.find(key.monitoringKey());
        int p = id == 0 ? ~freeSlot(tag(hash)) : find(owner, key.owner(), keyWord(id, hash));
        if (p < 0) {
            int e = insert(owner, key, id, hash, ~p, now);
            set(e, t, in, out, s, expires);
            return totalsAt(e);
        }
        int e = entryAt(p);
        int b = base(e);
        if (entries[b + EXPIRY] > now) {
            set(e, Math.addExact(entries[b + FIGURES], t), Math.addExact(entries[b + FIGURES + 1], in),
                    Math.addExact(entries[b + FIGURES + 2], out), Math.addExact(entries[b + FIGURES + 3], s),
                    expires);
        } else {
            set(e, t, in, out, s, expires);
        }
        return totalsAt(e);
    }

    synchronized UsageTotals get(long owner, UsageKey key, int hash, long now) {
        int p = find(owner, key, hash);
        return p < 0 ? UsageTotals.NONE : liveAt(entryAt(p), now);
    }

    synchronized UsageTotals remove(long owner, UsageKey key, int hash, long now) {
        int p = find(owner, key, hash);
        if (p < 0) {
            return UsageTotals.NONE;
        }
        UsageTotals held = liveAt(entryAt(p), now);
        delete(p);
        return held;
    }

    synchronized void put(long owner, UsageKey key, int hash, UsageTotals t) {
        int id = ids.find(key.monitoringKey());
        int p = id == 0 ? ~freeSlot(tag(hash)) : find(owner, key.owner(), keyWord(id, hash));
        int e = p < 0 ? insert(owner, key, id, hash, ~p, Long.MIN_VALUE) : entryAt(p);
        set(e, t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds(), t.expiresAtMillis());
    }

    /**
     * Removes every entry expired at {@code now}, in the order they are held. A removal moves the
     * last entry into the freed place, so that place is looked at again before moving on.
     */
    synchronized int sweep(long now) {
        int removed = 0;
        for (int e = 0; e < size; ) {
            if (entries[base(e) + EXPIRY] <= now) {
                delete(slotOf(e));
                removed++;
            } else {
                e++;
            }
        }
        return removed;
    }

    synchronized void live(long now, List<UsageEntry> out) {
        for (int e = 0; e < size; e++) {
            int b = base(e);
            if (entries[b + EXPIRY] > now) {
                long owner = entries[b + OWNER];
                String text = owner > 0 ? UsageKeys.ownerText(owner) : ownerTexts[e];
                out.add(new UsageEntry(new UsageKey(text, ids.text(idOf(b))), totalsAt(e)));
            }
        }
    }

    synchronized int size() {
        return size;
    }

    /** Entries evicted at the bound since this segment was made. */
    synchronized long evictions() {
        return evicted;
    }

    /** Monitoring-Keys with an id in this segment. */
    synchronized int keyIds() {
        return ids.size();
    }

    /** The word an owner that is no number is stored as: negative, so no number ever equals it. */
    static long textOwner(String ownerText) {
        return Long.MIN_VALUE | (ownerText.hashCode() & 0xffffffffL);
    }

    /** The tag of an entry with {@code hash}: never 0, and the same bits choose its slot. */
    static int tag(int hash) {
        return hash | 1 << SLOT_BITS;
    }

    private int find(long owner, UsageKey key, int hash) {
        int id = ids.find(key.monitoringKey());
        return id == 0 ? -1 : find(owner, key.owner(), keyWord(id, hash));
    }

    /** The slot of the key's entry, or {@code ~slot} of the free slot where its probe ended. */
    private int find(long owner, String ownerText, long keyWord) {
        int tag = tag((int) keyWord);
        for (int i = home(tag); ; i = next(i)) {
            long w = index[i];
            if (w == 0) {
                return ~i;
            }
            if ((int) (w >>> 32) == tag && matches((int) w, owner, ownerText, keyWord)) {
                return i;
            }
        }
    }

    private boolean matches(int e, long owner, String ownerText, long keyWord) {
        int b = base(e);
        return entries[b + KEY] == keyWord && entries[b + OWNER] == owner
                && (owner > 0 || ownerTexts[e].equals(ownerText));
    }

    /** The slot that holds entry {@code e}. */
    private int slotOf(int e) {
        int tag = tag((int) entries[base(e) + KEY]);
        long filed = (long) tag << 32 | e;
        int i = home(tag);
        while (index[i] != filed) {
            i = next(i);
        }
        return i;
    }

    /** The free slot a probe for {@code tag} ends at. */
    private int freeSlot(int tag) {
        return freeSlot(index, tag);
    }

    /** The free slot of {@code slots} a probe for {@code tag} ends at. */
    private static int freeSlot(long[] slots, int tag) {
        int i = home(tag, slots.length);
        while (slots[i] != 0) {
            i = i + 1 == slots.length ? 0 : i + 1;
        }
        return i;
    }

    /**
     * Files the key in free slot {@code free} as a new entry, giving its Monitoring-Key an id if
     * it has none: appended as entry {@code size} below the bound (after doubling when the
     * entries fill their room), else in the place of the entry it evicts (then, as after a
     * doubling, in the free slot its probe ends at now). Returns the entry's number. Everything
     * that allocates comes first, so a throwable leaves the segment as it was.
     */
    private int insert(long owner, UsageKey key, int id, int hash, int free, long now) {
        boolean full = size >= bound;
        boolean moved = full;
        if (!full && size == room) {
            grow();
            moved = true;
        }
        if (owner < 0 && ownerTexts == null) {
            ownerTexts = new String[room];
        }
        int kept = id != 0 ? id : ids.add(key.monitoringKey());
        ids.retain(kept);
        int e = full ? evict(now) : size++;
        int p = moved ? freeSlot(tag(hash)) : free;
        index[p] = (long) tag(hash) << 32 | e;
        int b = base(e);
        entries[b + OWNER] = owner;
        entries[b + KEY] = keyWord(kept, hash);
        if (ownerTexts != null) {
            ownerTexts[e] = owner < 0 ? key.owner() : null;
        }
        return e;
    }

    /**
     * Takes the entry {@link #victim} chooses out of the index and releases its Monitoring-Key
     * id (after the new key retained its own, so a shared id is never freed in between); its
     * place is the new entry's. Returns its number.
     */
    private int evict(long now) {
        int e = victim(now);
        unfile(slotOf(e));
        ids.release(idOf(base(e)));
        evicted++;
        return e;
    }

    /**
     * Of the {@value #WINDOW} entries from the hand on (wrapping at the last), the one with the
     * smallest expiry, the first expired one at once; the hand moves on by one.
     */
    private int victim(long now) {
        int e = hand < size ? hand : 0;
        hand = e + 1;
        int best = e;
        long min = entries[base(e) + EXPIRY];
        for (int i = 1; i < WINDOW && min > now; i++) {
            e = e + 1 == size ? 0 : e + 1;
            long x = entries[base(e) + EXPIRY];
            if (x < min) {
                min = x;
                best = e;
            }
        }
        return best;
    }

    /** Removes the entry filed in slot {@code p}; the last entry takes its place. */
    private void delete(int p) {
        int e = entryAt(p);
        ids.release(idOf(base(e)));
        unfile(p);
        int last = --size;
        if (e != last) {
            int q = slotOf(last);
            index[q] = index[q] & ~NUMBER | e;
            System.arraycopy(entries, base(last), entries, base(e), STRIDE);
            if (ownerTexts != null) {
                ownerTexts[e] = ownerTexts[last];
            }
        }
        if (ownerTexts != null) {
            ownerTexts[last] = null;
        }
    }

    /** Frees slot {@code p}, moving back each later slot of the run whose probe passes the gap. */
    private void unfile(int p) {
        int gap = p;
        for (int j = next(p); index[j] != 0; j = next(j)) {
            if (distance(home((int) (index[j] >>> 32)), j) >= distance(gap, j)) {
                index[gap] = index[j];
                gap = j;
            }
        }
        index[gap] = 0;
    }

    /**
     * Doubles the room: the new arrays are allocated and filled first and only then become the
     * segment's, so a throwable on the way (an {@link OutOfMemoryError}) changes nothing.
     */
    private void grow() {
        int newRoom = 2 * (room + 1) - 1;
        long[] newIndex = arrays.apply(2 * newRoom);
        long[] newEntries = arrays.apply(LEAD + STRIDE * newRoom);
        String[] newTexts = ownerTexts == null ? null : Arrays.copyOf(ownerTexts, newRoom);
        System.arraycopy(entries, 0, newEntries, 0, entries.length);
        for (long w : index) {
            if (w != 0) {
                newIndex[freeSlot(newIndex, (int) (w >>> 32))] = w;
            }
        }
        index = newIndex;
        entries = newEntries;
        ownerTexts = newTexts;
        room = newRoom;
    }

    /** The slot a probe for {@code tag} starts at: its low {@value #SLOT_BITS} bits scaled to the slots. */
    private int home(int tag) {
        return home(tag, index.length);
    }

    private static int home(int tag, int slots) {
        return (int) ((tag & ((1L << SLOT_BITS) - 1)) * slots >>> SLOT_BITS);
    }

    private int next(int i) {
        return i + 1 == index.length ? 0 : i + 1;
    }

    /** How many slots a probe from {@code from} takes to reach {@code to}, wrapping at the end. */
    private int distance(int from, int to) {
        return to >= from ? to - from : to + index.length - from;
    }

    private int entryAt(int p) {
        return (int) index[p];
    }

    private static int base(int e) {
        return LEAD + STRIDE * e;
    }

    private static long keyWord(int id, int hash) {
        return (long) id << 32 | (hash & 0xffffffffL);
    }

    private int idOf(int b) {
        return (int) (entries[b + KEY] >>> 32);
    }

    private void set(int e, long t, long in, long out, long s, long expires) {
        int b = base(e) + FIGURES;
        entries[b] = t;
        entries[b + 1] = in;
        entries[b + 2] = out;
        entries[b + 3] = s;
        entries[b + EXPIRY - FIGURES] = expires;
    }

    private UsageTotals liveAt(int e, long now) {
        return entries[base(e) + EXPIRY] > now ? totalsAt(e) : UsageTotals.NONE;
    }

    private UsageTotals totalsAt(int e) {
        int b = base(e);
        return new UsageTotals(entries[b + FIGURES], entries[b + FIGURES + 1], entries[b + FIGURES + 2],
                entries[b + FIGURES + 3], entries[b + EXPIRY]);
    }
}
