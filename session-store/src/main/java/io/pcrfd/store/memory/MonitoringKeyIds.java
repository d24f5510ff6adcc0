package io.pcrfd.store.memory;

import java.util.Arrays;

/**
 * The Monitoring-Keys (TS 29.212 §5.3.59) held by one {@link UsageSegment}, each under a small
 * id (1, 2, ...) that the segment's entries hold in place of the key's text, so a probe compares
 * numbers and an entry holds no reference. A policy configures a handful of keys, so this is
 * tiny and stays in the cache; a gateway may still report any number of distinct keys, so an id
 * counts the entries holding it and is freed (and reused) when the last of them goes: the ids
 * in use never outnumber the segment's entries, and a distinct key costs its text (one
 * canonical String per segment, not one per entry) and 16 bytes of arrays. Like the segment's
 * slots, the arrays double when full and never shrink.
 *
 * <p>Not thread-safe: used only under the segment's monitor.
 */
final class MonitoringKeyIds {
    private static final int INITIAL_IDS = 8;

    /** By id: the key's text, null when the id is free (index 0 is never an id). */
    private String[] texts = new String[INITIAL_IDS];
    /** By id: the key's hash code. */
    private int[] hashes = new int[INITIAL_IDS];
    /** By id: the entries holding the id, or, for a free id, the next free id (0: none). */
    private int[] counts = new int[INITIAL_IDS];
    /** Open addressing by the key's hash (linear probing, backward-shift deletion); 0 is free. */
    private int[] index = new int[2 * INITIAL_IDS];
    private int highest;
    private int freeHead;
    private int size;

    /** The id of {@code key}, or 0 when no entry holds it. */
    int find(String key) {
        int h = key.hashCode();
        int mask = index.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int id = index[i];
            if (id == 0) {
                return 0;
            }
            if (hashes[id] == h && texts[id].equals(key)) {
                return id;
            }
        }
    }

    /**
     * A new id for {@code key} (which has none), held by no entry yet. The arrays that must grow
     * are allocated before anything changes, so a throwable (an {@link OutOfMemoryError}) leaves
     * the ids as they were.
     */
    int add(String key) {
        int id = freeHead != 0 ? freeHead : highest + 1;
        if (id == texts.length) {
            String[] t = Arrays.copyOf(texts, 2 * id);
            int[] h = Arrays.copyOf(hashes, 2 * id);
            int[] c = Arrays.copyOf(counts, 2 * id);
            texts = t;
            hashes = h;
            counts = c;
        }
        if ((size + 1) * 2 > index.length) {
            index = rebuiltIndex(2 * index.length);
        }
        if (id == freeHead) {
            freeHead = counts[id];
        } else {
            highest = id;
        }
        texts[id] = key;
        hashes[id] = key.hashCode();
        counts[id] = 0;
        size++;
        index[freeSlot(hashes[id])] = id;
        return id;
    }

    /** One more entry holds {@code id}. */
    void retain(int id) {
        counts[id]++;
    }

    /** One entry fewer holds {@code id}; the id is freed when none does. */
    void release(int id) {
        if (--counts[id] == 0) {
            unindex(id);
            texts[id] = null;
            counts[id] = freeHead;
            freeHead = id;
            size--;
        }
    }

    /** The Monitoring-Key of {@code id}. */
    String text(int id) {
        return texts[id];
    }

    /** Ids in use. */
    int size() {
        return size;
    }

    private int freeSlot(int h) {
        int mask = index.length - 1;
        int i = h & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Frees the index slot of {@code id}, moving back each later id of the run whose probe passes it. */
    private void unindex(int id) {
        int mask = index.length - 1;
        int gap = hashes[id] & mask;
        while (index[gap] != id) {
            gap = (gap + 1) & mask;
        }
        for (int j = (gap + 1) & mask; index[j] != 0; j = (j + 1) & mask) {
            int home = hashes[index[j]] & mask;
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                index[gap] = index[j];
                gap = j;
            }
        }
        index[gap] = 0;
    }

    /** A new index of {@code slots} slots holding every id in use. */
    private int[] rebuiltIndex(int slots) {
        int[] wider = new int[slots];
        int mask = slots - 1;
        for (int id = 1; id <= highest; id++) {
            if (texts[id] != null) {
                int i = hashes[id] & mask;
                while (wider[i] != 0) {
                    i = (i + 1) & mask;
                }
                wider[i] = id;
            }
        }
        return wider;
    }
}
