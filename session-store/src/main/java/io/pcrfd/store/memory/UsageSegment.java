package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.List;

/**
 * One segment of a {@link UsageTable}: an open-addressing table with linear probing, every
 * method under this segment's monitor. Slot {@code i} has a control word, {@code control[i]},
 * and a line of {@value #STRIDE} longs, {@code slots} from {@code LEAD + STRIDE * i} (64 bytes,
 * the size of a cache line):
 * <pre>
 *  control  0: the slot is free; else the entry's tag: its 32-bit hash with bit {@value #SLOT_BITS}
 *           set (the bits that choose the slot, and never 0)
 *  word 0   owner: its number ({@link UsageKeys}, &gt; 0), or for an owner that is no number
 *           Long.MIN_VALUE | its text's hash code, the text in ownerTexts[i]
 *  word 1   Monitoring-Key id ({@link MonitoringKeyIds}, &gt;= 1) &lt;&lt; 32 | the entry's 32-bit hash
 *  word 2-5 CC-Total-Octets, CC-Input-Octets, CC-Output-Octets, CC-Time, summed
 *  word 6   expiry (epoch ms)
 *  word 7   unused (pads the slot to a line)
 * </pre>
 * A probe walks the control words (16 to a cache line) and reads a slot's line only where the
 * tag is the key's, which in a segment's 2^26 tags is almost always the key itself: a probe for
 * a key the table does not hold (a fresh subscriber's first report or read) touches one control
 * line, rarely two, where walking the slots cost one line per slot passed, (1 + 1 / (1 - a)^2) / 2
 * of them at load a, 8.5 at three quarters full. A hit reads the control line and then the
 * entry's line; an add to the key it finds changes words 2 to 6 of that line, and an insert
 * writes the free slot's line and its control word. A deletion or a doubling places an entry by
 * its tag alone.
 *
 * <p>Sizes: a segment has 2^k - 4 slots, so {@code control} is exactly 4 * 2^k bytes with its
 * 16-byte header, and {@code slots}, with its {@code LEAD} words before slot 0, three lines short
 * of 64 * 2^k bytes, each slot starting a cache line when the array does. This is for G1 (the
 * default collector): an array of half a region or more gets regions of its own from a region's
 * start, and a power of two of slots plus the header would take one more region, mostly empty
 * (a fifth more memory per entry at 2 million entries on a 1 GB heap). A probe starts at the
 * slot its hash's low {@value #SLOT_BITS} bits scale to (a multiply, as the count of slots is no
 * power of two) and wraps at the end.
 *
 * <p>{@code ownerTexts} (by slot) exists only once an owner that is no number was added. The
 * table doubles past three quarters full, so a probe always ends at a free slot; a removal
 * shifts the entries after it back, control word and line (no tombstones). A sweep reads the
 * line of every entry held (64 bytes per entry, every sweep interval): the price of keeping an
 * entry in one line.
 *
 * <p>Why not a lower maximum load or Robin Hood hashing: with the control words a miss already
 * costs about one line at any load up to three quarters, so a lower load would buy little for
 * its memory (64 bytes per slot); Robin Hood would end a miss earlier but an insert that
 * displaces entries moves their 64-byte lines, several lines per insert instead of one.
 */
final class UsageSegment {
    static final int STRIDE = 8;
    private static final int OWNER = 0;
    private static final int KEY = 1;
    private static final int FIGURES = 2;
    private static final int EXPIRY = 6;
    private static final int LEAD = 6;
    /** Slots short of a power of two, for the header of {@code control}: 16 bytes, four ints. */
    private static final int SHORT = 4;
    /** Slots of a new segment; a segment doubles to {@code 2 * (slots + SHORT) - SHORT}. */
    private static final int INITIAL_SLOTS = 16 - SHORT;
    /** The low hash bits a slot is chosen by (the top six choose the segment). */
    static final int SLOT_BITS = 26;

    private final MonitoringKeyIds ids = new MonitoringKeyIds();
    private int[] control;
    private long[] slots;
    private String[] ownerTexts;
    private int capacity;
    private int size;

    UsageSegment() {
        allocate(INITIAL_SLOTS, false);
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
        int i = id == 0 ? ~freeSlot(tag(hash)) : find(owner, key.owner(), keyWord(id, hash));
        if (i < 0) {
            i = insert(owner, key, id, hash, ~i);
            set(i, t, in, out, s, expires);
            return totalsAt(i);
        }
        int b = base(i);
        if (slots[b + EXPIRY] > now) {
            set(i, Math.addExact(slots[b + FIGURES], t), Math.addExact(slots[b + FIGURES + 1], in),
                    Math.addExact(slots[b + FIGURES + 2], out), Math.addExact(slots[b + FIGURES + 3], s), expires);
        } else {
            set(i, t, in, out, s, expires);
        }
        return totalsAt(i);
    }

    synchronized UsageTotals get(long owner, UsageKey key, int hash, long now) {
        int i = find(owner, key, hash);
        return i < 0 ? UsageTotals.NONE : liveAt(i, now);
    }

    synchronized UsageTotals remove(long owner, UsageKey key, int hash, long now) {
        int i = find(owner, key, hash);
        if (i < 0) {
            return UsageTotals.NONE;
        }
        UsageTotals held = liveAt(i, now);
        delete(i);
        return held;
    }

    synchronized void put(long owner, UsageKey key, int hash, UsageTotals t) {
        int id = ids.find(key.monitoringKey());
        int i = id == 0 ? ~freeSlot(tag(hash)) : find(owner, key.owner(), keyWord(id, hash));
        if (i < 0) {
            i = insert(owner, key, id, hash, ~i);
        }
        set(i, t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds(), t.expiresAtMillis());
    }

    /**
     * Removes every entry expired at {@code now}. A removal shifts later entries of its run back
     * into the freed slot, so that slot is looked at again before moving on.
     */
    synchronized int sweep(long now) {
        int removed = 0;
        for (int i = 0; i < capacity; ) {
            if (control[i] != 0 && slots[base(i) + EXPIRY] <= now) {
                delete(i);
                removed++;
            } else {
                i++;
            }
        }
        return removed;
    }

    synchronized void live(long now, List<UsageEntry> out) {
        for (int i = 0; i < capacity; i++) {
            int b = base(i);
            if (control[i] != 0 && slots[b + EXPIRY] > now) {
                long owner = slots[b + OWNER];
                String text = owner > 0 ? UsageKeys.ownerText(owner) : ownerTexts[i];
                out.add(new UsageEntry(new UsageKey(text, ids.text(idOf(b))), totalsAt(i)));
            }
        }
    }

    synchronized int size() {
        return size;
    }

    /** Monitoring-Keys with an id in this segment. */
    synchronized int keyIds() {
        return ids.size();
    }

    /** The word an owner that is no number is stored as: negative, so no number ever equals it. */
    static long textOwner(String ownerText) {
        return Long.MIN_VALUE | (ownerText.hashCode() & 0xffffffffL);
    }

    /** The control word of an entry with {@code hash}: never 0, and the same bits choose its slot. */
    static int tag(int hash) {
        return hash | 1 << SLOT_BITS;
    }

    private int find(long owner, UsageKey key, int hash) {
        int id = ids.find(key.monitoringKey());
        return id == 0 ? -1 : find(owner, key.owner(), keyWord(id, hash));
    }

    /** The key's slot, or {@code ~slot} of the free slot where its probe ended. */
    private int find(long owner, String ownerText, long keyWord) {
        int tag = tag((int) keyWord);
        for (int i = home(tag); ; i = next(i)) {
            int c = control[i];
            if (c == 0) {
                return ~i;
            }
            if (c == tag && matches(i, owner, ownerText, keyWord)) {
                return i;
            }
        }
    }

    private boolean matches(int i, long owner, String ownerText, long keyWord) {
        int b = base(i);
        return slots[b + KEY] == keyWord && slots[b + OWNER] == owner
                && (owner > 0 || ownerTexts[i].equals(ownerText));
    }

    /** The free slot a probe for {@code tag} ends at. */
    private int freeSlot(int tag) {
        int i = home(tag);
        while (control[i] != 0) {
            i = next(i);
        }
        return i;
    }

    /**
     * Takes free slot {@code free} for the key (after doubling the table when it is three quarters
     * full, and then the free slot its probe ends at), giving its Monitoring-Key an id if it has none.
     */
    private int insert(long owner, UsageKey key, int id, int hash, int free) {
        int i = free;
        if ((size + 1) * 4L > capacity * 3L) {
            grow();
            i = freeSlot(tag(hash));
        }
        if (id == 0) {
            id = ids.add(key.monitoringKey());
        }
        ids.retain(id);
        if (owner < 0 && ownerTexts == null) {
            ownerTexts = new String[capacity];
        }
        int b = base(i);
        control[i] = tag(hash);
        slots[b + OWNER] = owner;
        slots[b + KEY] = keyWord(id, hash);
        if (ownerTexts != null) {
            ownerTexts[i] = owner < 0 ? key.owner() : null;
        }
        size++;
        return i;
    }

    /** Frees slot {@code i}, moving back each later entry of the run whose probe passes the gap. */
    private void delete(int i) {
        ids.release(idOf(base(i)));
        int gap = i;
        for (int j = next(i); control[j] != 0; j = next(j)) {
            if (distance(home(control[j]), j) >= distance(gap, j)) {
                move(j, gap);
                gap = j;
            }
        }
        control[gap] = 0;
        if (ownerTexts != null) {
            ownerTexts[gap] = null;
        }
        size--;
    }

    private void move(int from, int to) {
        control[to] = control[from];
        System.arraycopy(slots, base(from), slots, base(to), STRIDE);
        if (ownerTexts != null) {
            ownerTexts[to] = ownerTexts[from];
        }
    }

    private void grow() {
        int[] oldControl = control;
        long[] old = slots;
        String[] oldTexts = ownerTexts;
        allocate(2 * (capacity + SHORT) - SHORT, oldTexts != null);
        for (int j = 0; j < oldControl.length; j++) {
            int c = oldControl[j];
            if (c != 0) {
                int i = freeSlot(c);
                control[i] = c;
                System.arraycopy(old, base(j), slots, base(i), STRIDE);
                if (oldTexts != null) {
                    ownerTexts[i] = oldTexts[j];
                }
            }
        }
    }

    private void allocate(int newCapacity, boolean texts) {
        capacity = newCapacity;
        control = new int[newCapacity];
        slots = new long[LEAD + STRIDE * newCapacity];
        ownerTexts = texts ? new String[newCapacity] : null;
    }

    /** The slot a probe for {@code tag} starts at: its low {@value #SLOT_BITS} bits scaled to the slots. */
    private int home(int tag) {
        return (int) ((tag & ((1L << SLOT_BITS) - 1)) * capacity >>> SLOT_BITS);
    }

    private int next(int i) {
        return i + 1 == capacity ? 0 : i + 1;
    }

    /** How many slots a probe from {@code from} takes to reach {@code to}, wrapping at the end. */
    private int distance(int from, int to) {
        return to >= from ? to - from : to + capacity - from;
    }

    private static int base(int i) {
        return LEAD + STRIDE * i;
    }

    private static long keyWord(int id, int hash) {
        return (long) id << 32 | (hash & 0xffffffffL);
    }

    private int idOf(int b) {
        return (int) (slots[b + KEY] >>> 32);
    }

    private void set(int i, long t, long in, long out, long s, long expires) {
        int b = base(i) + FIGURES;
        slots[b] = t;
        slots[b + 1] = in;
        slots[b + 2] = out;
        slots[b + 3] = s;
        slots[b + EXPIRY - FIGURES] = expires;
    }

    private UsageTotals liveAt(int i, long now) {
        return slots[base(i) + EXPIRY] > now ? totalsAt(i) : UsageTotals.NONE;
    }

    private UsageTotals totalsAt(int i) {
        int b = base(i);
        return new UsageTotals(slots[b + FIGURES], slots[b + FIGURES + 1], slots[b + FIGURES + 2],
                slots[b + FIGURES + 3], slots[b + EXPIRY]);
    }
}
