package io.pcrfd.store.memory;

import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.util.List;

/**
 * One segment of a {@link UsageTable}: an open-addressing table with linear probing over
 * parallel arrays, every method under this segment's monitor. Slot {@code i} is free when
 * {@code keys[i]} is null; else it holds the owner as a number ({@code owners[i]}, or 0 with the
 * owner's text in {@code ownerTexts[i]} when it is no number), the Monitoring-Key,
 * {@value #FIELDS} figures from {@code FIELDS * i} (CC-Total-Octets, CC-Input-Octets,
 * CC-Output-Octets and CC-Time summed) and the expiry in {@code expiries[i]} (epoch ms; an array
 * of its own so a sweep reads 8 bytes per slot, not 40). The table doubles past three quarters
 * full, so a probe always ends at a free slot; a removal shifts the entries after it back (no
 * tombstones).
 */
final class UsageSegment {
    static final int FIELDS = 4;
    private static final int INITIAL_SLOTS = 16;

    private long[] owners;
    private String[] ownerTexts;
    private String[] keys;
    private long[] figures;
    private long[] expiries;
    private int size;

    UsageSegment() {
        allocate(INITIAL_SLOTS);
    }

    /**
     * Adds one report to the live totals of the key, or in place of expired ones, or as a new
     * entry; the expiry becomes {@code expires}. Returns the totals after the add.
     *
     * @throws ArithmeticException when a total would overflow; nothing is changed then
     */
    synchronized UsageTotals add(long owner, UsageKey key, int hash, long now, long t, long in, long out, long s,
                                 long expires) {
        int i = find(owner, key, hash);
        if (i < 0) {
            i = insert(owner, key, hash);
            set(i, t, in, out, s, expires);
            return totalsAt(i);
        }
        int f = FIELDS * i;
        if (expiries[i] > now) {
            set(i, Math.addExact(figures[f], t), Math.addExact(figures[f + 1], in),
                    Math.addExact(figures[f + 2], out), Math.addExact(figures[f + 3], s), expires);
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
        int i = find(owner, key, hash);
        if (i < 0) {
            i = insert(owner, key, hash);
        }
        set(i, t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds(), t.expiresAtMillis());
    }

    /**
     * Removes every entry expired at {@code now}. A removal shifts later entries of its run back
     * into the freed slot, so that slot is looked at again before moving on.
     */
    synchronized int sweep(long now) {
        int removed = 0;
        for (int i = 0; i < keys.length; ) {
            if (keys[i] != null && expiries[i] <= now) {
                delete(i);
                removed++;
            } else {
                i++;
            }
        }
        return removed;
    }

    synchronized void live(long now, List<UsageEntry> out) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && expiries[i] > now) {
                String owner = owners[i] != 0 ? UsageKeys.ownerText(owners[i]) : ownerTexts[i];
                out.add(new UsageEntry(new UsageKey(owner, keys[i]), totalsAt(i)));
            }
        }
    }

    synchronized int size() {
        return size;
    }

    /** The key's slot, or {@code ~slot} of the free slot where its probe ended. */
    private int find(long owner, UsageKey key, int hash) {
        int mask = keys.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return ~i;
            }
            if (owners[i] == owner && k.equals(key.monitoringKey())
                    && (owner != 0 || ownerTexts[i].equals(key.owner()))) {
                return i;
            }
        }
    }

    /** Takes a free slot for the key (after doubling the table when it is three quarters full). */
    private int insert(long owner, UsageKey key, int hash) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int i = ~find(owner, key, hash);
        owners[i] = owner;
        ownerTexts[i] = owner != 0 ? null : key.owner();
        keys[i] = key.monitoringKey();
        size++;
        return i;
    }

    /** Frees slot {@code i}, moving back each later entry of the run whose probe passes the gap. */
    private void delete(int i) {
        int mask = keys.length - 1;
        int gap = i;
        for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = hashAt(j) & mask;
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                move(j, gap);
                gap = j;
            }
        }
        owners[gap] = 0;
        ownerTexts[gap] = null;
        keys[gap] = null;
        size--;
    }

    private void move(int from, int to) {
        owners[to] = owners[from];
        ownerTexts[to] = ownerTexts[from];
        keys[to] = keys[from];
        System.arraycopy(figures, FIELDS * from, figures, FIELDS * to, FIELDS);
        expiries[to] = expiries[from];
    }

    private void grow() {
        long[] oldOwners = owners;
        String[] oldTexts = ownerTexts;
        String[] oldKeys = keys;
        long[] oldFigures = figures;
        long[] oldExpiries = expiries;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = UsageTable.hash(oldOwners[j], oldTexts[j], oldKeys[j]) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                owners[i] = oldOwners[j];
                ownerTexts[i] = oldTexts[j];
                keys[i] = oldKeys[j];
                System.arraycopy(oldFigures, FIELDS * j, figures, FIELDS * i, FIELDS);
                expiries[i] = oldExpiries[j];
            }
        }
    }

    private void allocate(int slots) {
        owners = new long[slots];
        ownerTexts = new String[slots];
        keys = new String[slots];
        figures = new long[FIELDS * slots];
        expiries = new long[slots];
    }

    private int hashAt(int i) {
        return UsageTable.hash(owners[i], ownerTexts[i], keys[i]);
    }

    private void set(int i, long t, long in, long out, long s, long expires) {
        int f = FIELDS * i;
        figures[f] = t;
        figures[f + 1] = in;
        figures[f + 2] = out;
        figures[f + 3] = s;
        expiries[i] = expires;
    }

    private UsageTotals liveAt(int i, long now) {
        return expiries[i] > now ? totalsAt(i) : UsageTotals.NONE;
    }

    private UsageTotals totalsAt(int i) {
        int f = FIELDS * i;
        return new UsageTotals(figures[f], figures[f + 1], figures[f + 2], figures[f + 3], expiries[i]);
    }
}
